using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Migrations;

/// <summary>Issue 12, IB-45 and DEV-Eis25/MR-30: revenue and result with the annual accounts, the contract manager's request for an
/// explanation of a profit above the cap, the aanbieder's answer and the judgement (geaccepteerd / maatregel). Hand-written.</summary>
[DbContext(typeof(MaatwerkDbContext))]
[Migration("20261204010010_Winstpercentage")]
public sealed class Winstpercentage : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<decimal>("Omzet", "jaarrekeningen", precision: 14, scale: 2, nullable: true);
        m.AddColumn<decimal>("Resultaat", "jaarrekeningen", precision: 14, scale: 2, nullable: true);
        m.AddColumn<string>("CijfersDoor", "jaarrekeningen", maxLength: 200, nullable: true);
        m.AddColumn<DateTime>("CijfersOp", "jaarrekeningen", nullable: true);
        m.AddColumn<string>("Vraag", "jaarrekeningen", maxLength: 1000, nullable: true);
        m.AddColumn<string>("VraagDoor", "jaarrekeningen", maxLength: 200, nullable: true);
        m.AddColumn<DateTime>("ToelichtingGevraagdOp", "jaarrekeningen", nullable: true);
        m.AddColumn<string>("Antwoord", "jaarrekeningen", maxLength: 4000, nullable: true);
        m.AddColumn<string>("AntwoordDoor", "jaarrekeningen", maxLength: 200, nullable: true);
        m.AddColumn<DateTime>("AntwoordOp", "jaarrekeningen", nullable: true);
        m.AddColumn<int>("Oordeel", "jaarrekeningen", nullable: true);
        m.AddColumn<int>("Maatregel", "jaarrekeningen", nullable: true);
        m.AddColumn<string>("OordeelNotitie", "jaarrekeningen", maxLength: 1000, nullable: true);
        m.AddColumn<string>("OordeelDoor", "jaarrekeningen", maxLength: 200, nullable: true);
        m.AddColumn<DateTime>("OordeelOp", "jaarrekeningen", nullable: true);
    }

    protected override void Down(MigrationBuilder m)
    {
        foreach (var kolom in new[] { "Omzet", "Resultaat", "CijfersDoor", "CijfersOp", "Vraag", "VraagDoor", "ToelichtingGevraagdOp", "Antwoord", "AntwoordDoor",
                     "AntwoordOp", "Oordeel", "Maatregel", "OordeelNotitie", "OordeelDoor", "OordeelOp" })
            m.DropColumn(kolom, "jaarrekeningen");
    }
}
