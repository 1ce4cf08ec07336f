using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Migrations;

/// <summary>Issue 11: every line of a sent WMO323 by its ReferentieNummer, with the WMO325's judgement (ingediend,
/// toegekend, afgewezen with retourcodes, gecrediteerd) and the credits and new debits waiting for the next WMO323
/// (IV085, IV091, OP366). Hand-written; SchemaMatchesModelTests checks it on SQLite and PostgreSQL.</summary>
[DbContext(typeof(MaatwerkDbContext))]
[Migration("20261129031000_DeclaratiePrestaties")]
public sealed class DeclaratiePrestaties : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("declaratieprestaties", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            AanbiederId = t.Column<Guid>(nullable: false),
            GemeenteId = t.Column<Guid>(nullable: false),
            DeclaratieId = t.Column<Guid>(nullable: true),
            ReferentieNummer = t.Column<string>(maxLength: 20, nullable: false),
            VorigReferentieNummer = t.Column<string>(maxLength: 20, nullable: true),
            CorrectieVan = t.Column<Guid>(nullable: true),
            ToewijzingId = t.Column<Guid>(nullable: true),
            ToewijzingNummer = t.Column<string>(maxLength: 20, nullable: false),
            Bsn = t.Column<string>(maxLength: 9, nullable: false),
            ProductCategorie = t.Column<string>(maxLength: 2, nullable: false),
            ProductCode = t.Column<string>(maxLength: 5, nullable: false),
            Begindatum = t.Column<DateOnly>(nullable: false),
            Einddatum = t.Column<DateOnly>(nullable: false),
            GeleverdVolume = t.Column<long>(nullable: false),
            Eenheid = t.Column<string>(maxLength: 2, nullable: false),
            ProductTarief = t.Column<long>(nullable: true),
            Bedrag = t.Column<long>(nullable: false),
            Credit = t.Column<bool>(nullable: false),
            Status = t.Column<string>(maxLength: 20, nullable: false),
            Retourcodes = t.Column<string>(maxLength: 200, nullable: true),
            RetourIdentificatie = t.Column<string>(maxLength: 12, nullable: true),
            BeoordeeldOp = t.Column<DateTime>(nullable: true),
            AangemaaktDoor = t.Column<string>(maxLength: 200, nullable: false),
            AangemaaktOp = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_declaratieprestaties", x => x.Id));
        m.CreateIndex("IX_declaratieprestaties_AanbiederId_ReferentieNummer", "declaratieprestaties", ["AanbiederId", "ReferentieNummer"], unique: true);
        m.CreateIndex("IX_declaratieprestaties_DeclaratieId", "declaratieprestaties", "DeclaratieId");
        m.CreateIndex("IX_declaratieprestaties_AanbiederId_Status", "declaratieprestaties", ["AanbiederId", "Status"]);
    }

    protected override void Down(MigrationBuilder m) => m.DropTable("declaratieprestaties");
}
