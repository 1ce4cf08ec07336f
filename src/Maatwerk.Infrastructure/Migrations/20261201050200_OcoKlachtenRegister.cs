using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Migrations;

/// <summary>Issue 15: OCO-4.7(j)–(l) come from the complaints register. A complaint is linked to the melding it is about
/// (<c>oco_melding_klachten</c>); the melding's own complaint columns go. Existing complaints on meldingen move into the
/// register first (id = the melding's id, received and settled at 12:00 UTC of their day; whether it was resolved is
/// kept in the handling text) and are linked to their melding, so no complaint is lost.
/// Hand-written; SchemaMatchesModelTests checks it on SQLite and PostgreSQL.</summary>
[DbContext(typeof(MaatwerkDbContext))]
[Migration("20261201050200_OcoKlachtenRegister")]
public sealed class OcoKlachtenRegister : Migration
{
    private const string Omschrijving = "'Klacht over de cliëntondersteuning (overgenomen van de melding)'";

    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("oco_melding_klachten", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            MeldingId = t.Column<Guid>(nullable: false),
            KlachtId = t.Column<Guid>(nullable: false),
            GekoppeldDoor = t.Column<string>(maxLength: 200, nullable: false),
            GekoppeldOp = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_oco_melding_klachten", x => x.Id);
            t.ForeignKey("FK_oco_melding_klachten_oco_meldingen_MeldingId", x => x.MeldingId, "oco_meldingen", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_oco_melding_klachten_klachten_KlachtId", x => x.KlachtId, "klachten", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_oco_melding_klachten_KlachtId", "oco_melding_klachten", "KlachtId", unique: true);
        m.CreateIndex("IX_oco_melding_klachten_MeldingId", "oco_melding_klachten", "MeldingId");

        var sqlite = ActiveProvider?.Contains("Sqlite", StringComparison.Ordinal) == true;
        string Moment(string kolom) => sqlite ? $"{kolom} || ' 12:00:00'" : $"({kolom} + TIME '12:00') AT TIME ZONE 'UTC'";
        m.Sql($"""
            INSERT INTO klachten ("Id", "Versie", "AanbiederId", "ContractId", "ClientId", "OpdrachtgeverId", "Ontvangen", "Wijze", "Indiener",
                "Omschrijving", "DirectOpgelost", "Voortgangsberichten", "AfgehandeldOp", "Afhandeling", "GeregistreerdDoor", "GeregistreerdOp")
            SELECT m."Id", m."Versie", m."AanbiederId", m."ContractId", NULL, c."OpdrachtgeverId", {Moment("m.\"KlachtOntvangenOp\"")}, 1,
                COALESCE(m."Inwoner", 'Anonieme inwoner'), {Omschrijving}, FALSE, 0,
                CASE WHEN m."KlachtAfgehandeldOp" IS NULL THEN NULL ELSE {Moment("m.\"KlachtAfgehandeldOp\"")} END,
                CASE WHEN m."KlachtAfgehandeldOp" IS NULL THEN NULL WHEN m."KlachtOpgelost" THEN 'Opgelost (overgenomen van de melding)' ELSE 'Niet opgelost (overgenomen van de melding)' END, 'migratie', m."GeregistreerdOp"
            FROM oco_meldingen m JOIN contracten c ON c."Id" = m."ContractId"
            WHERE m."KlachtOntvangenOp" IS NOT NULL
            """);
        m.Sql("""
            INSERT INTO oco_melding_klachten ("Id", "Versie", "MeldingId", "KlachtId", "GekoppeldDoor", "GekoppeldOp")
            SELECT m."Id", m."Versie", m."Id", m."Id", 'migratie', m."GeregistreerdOp" FROM oco_meldingen m WHERE m."KlachtOntvangenOp" IS NOT NULL
            """);
        // ALTER TABLE … DROP COLUMN on both providers: EF's SQLite generator refuses DropColumn (it would rebuild the table),
        // SQLite itself has supported it since 3.35.
        foreach (var kolom in new[] { "KlachtOntvangenOp", "KlachtAfgehandeldOp", "KlachtOpgelost" })
            m.Sql($"ALTER TABLE oco_meldingen DROP COLUMN \"{kolom}\"");
    }

    protected override void Down(MigrationBuilder m)
    {
        m.AddColumn<DateOnly>("KlachtOntvangenOp", "oco_meldingen", nullable: true);
        m.AddColumn<DateOnly>("KlachtAfgehandeldOp", "oco_meldingen", nullable: true);
        m.AddColumn<bool>("KlachtOpgelost", "oco_meldingen", nullable: false, defaultValue: false);
        m.DropTable("oco_melding_klachten");
    }
}
