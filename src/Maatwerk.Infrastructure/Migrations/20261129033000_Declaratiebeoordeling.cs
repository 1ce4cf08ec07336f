using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Migrations;

/// <summary>Issue 12: the WMO323s a gemeente received, their lines with the outcome of every check and the
/// beoordelaar's decision, until the WMO325 is sent. Hand-written; SchemaMatchesModelTests checks it on SQLite and PostgreSQL.</summary>
[DbContext(typeof(MaatwerkDbContext))]
[Migration("20261129033000_Declaratiebeoordeling")]
public sealed class Declaratiebeoordeling : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("ontvangen_declaraties", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            BerichtId = t.Column<Guid>(nullable: false),
            GemeenteId = t.Column<Guid>(nullable: false),
            AanbiederId = t.Column<Guid>(nullable: true),
            Afzender = t.Column<string>(maxLength: 8, nullable: false),
            Identificatie = t.Column<string>(maxLength: 12, nullable: false),
            DeclaratieNummer = t.Column<string>(maxLength: 12, nullable: false),
            PeriodeBegin = t.Column<DateOnly>(nullable: false),
            PeriodeEinde = t.Column<DateOnly>(nullable: false),
            Ontvangen = t.Column<DateTime>(nullable: false),
            TotaalIngediend = t.Column<long>(nullable: false),
            Regels = t.Column<int>(nullable: false),
            Declaratiecode = t.Column<string>(maxLength: 4, nullable: true),
            Status = t.Column<int>(nullable: false),
            AntwoordIdentificatie = t.Column<string>(maxLength: 12, nullable: true),
            AntwoordVerzondenOp = t.Column<DateTime>(nullable: true),
            AntwoordVerzondenDoor = t.Column<string>(maxLength: 200, nullable: true),
            TotaalToegekend = t.Column<long>(nullable: true),
            BetaaldOp = t.Column<DateTime>(nullable: true),
            BetaaldDoor = t.Column<string>(maxLength: 200, nullable: true),
            BetaalbatchId = t.Column<Guid>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_ontvangen_declaraties", x => x.Id));
        m.CreateIndex("IX_ontvangen_declaraties_BerichtId", "ontvangen_declaraties", "BerichtId", unique: true);
        m.CreateIndex("IX_ontvangen_declaraties_GemeenteId_Status", "ontvangen_declaraties", ["GemeenteId", "Status"]);
        m.CreateIndex("IX_ontvangen_declaraties_Afzender_DeclaratieNummer", "ontvangen_declaraties", ["Afzender", "DeclaratieNummer"]);

        m.CreateTable("ontvangen_prestaties", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            DeclaratieId = t.Column<Guid>(nullable: false),
            Volgnummer = t.Column<int>(nullable: false),
            Pad = t.Column<string>(maxLength: 200, nullable: false),
            Bsn = t.Column<string>(maxLength: 9, nullable: false),
            ReferentieNummer = t.Column<string>(maxLength: 20, nullable: false),
            VorigReferentieNummer = t.Column<string>(maxLength: 20, nullable: true),
            ToewijzingNummer = t.Column<string>(maxLength: 20, nullable: false),
            ToewijzingId = t.Column<Guid>(nullable: true),
            ProductCategorie = t.Column<string>(maxLength: 2, nullable: false),
            ProductCode = t.Column<string>(maxLength: 5, nullable: false),
            Begindatum = t.Column<DateOnly>(nullable: false),
            Einddatum = t.Column<DateOnly>(nullable: false),
            GeleverdVolume = t.Column<long>(nullable: false),
            Eenheid = t.Column<string>(maxLength: 2, nullable: false),
            ProductTarief = t.Column<long>(nullable: true),
            Bedrag = t.Column<long>(nullable: false),
            DebetCredit = t.Column<string>(maxLength: 1, nullable: false),
            Controles = t.Column<string>(maxLength: 8000, nullable: false),
            Beoordeling = t.Column<int>(nullable: false),
            Retourcode = t.Column<string>(maxLength: 4, nullable: true),
            Toelichting = t.Column<string>(maxLength: 500, nullable: true),
            BeoordeeldDoor = t.Column<string>(maxLength: 200, nullable: true),
            BeoordeeldOp = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_ontvangen_prestaties", x => x.Id));
        m.CreateIndex("IX_ontvangen_prestaties_DeclaratieId_Volgnummer", "ontvangen_prestaties", ["DeclaratieId", "Volgnummer"]);
        m.CreateIndex("IX_ontvangen_prestaties_ReferentieNummer", "ontvangen_prestaties", "ReferentieNummer");
        m.CreateIndex("IX_ontvangen_prestaties_ToewijzingNummer", "ontvangen_prestaties", "ToewijzingNummer");
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("ontvangen_prestaties");
        m.DropTable("ontvangen_declaraties");
    }
}
