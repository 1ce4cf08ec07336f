using Maatwerk.Domain.Berichten;
using Maatwerk.Domain.Clienten;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Domain.Organisaties;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Domain.Verzoeken;
using Maatwerk.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Maatwerk.Infrastructure.Data;

// Column sizes here and in Migrations/ must agree: SchemaMatchesModelTests compares the migrated database with this model.

internal sealed class OrganisatieConfiguration : IEntityTypeConfiguration<Organisatie>
{
    public void Configure(EntityTypeBuilder<Organisatie> b)
    {
        b.ToTable("organisaties");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Gemeentecode).HasMaxLength(4);
        b.Property(x => x.AgbCode).HasMaxLength(8);
        b.HasIndex(x => x.AgbCode).IsUnique();
        b.HasIndex(x => x.Gemeentecode).IsUnique();
        b.HasOne<Organisatie>().WithMany().HasForeignKey(x => x.RegioId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class GebruikerConfiguration : IEntityTypeConfiguration<Gebruiker>
{
    public void Configure(EntityTypeBuilder<Gebruiker> b)
    {
        b.ToTable("gebruikers");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.WachtwoordHash).HasMaxLength(500);
        b.Property(x => x.TotpGeheim).HasMaxLength(64);
        b.HasIndex(x => x.Email).IsUnique();
        b.HasOne<Organisatie>().WithMany().HasForeignKey(x => x.OrganisatieId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ContractConfiguration : IEntityTypeConfiguration<Contract>
{
    public void Configure(EntityTypeBuilder<Contract> b)
    {
        b.ToTable("contracten");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.ProfielId).HasMaxLength(100);
        b.HasOne<Organisatie>().WithMany().HasForeignKey(x => x.OpdrachtgeverId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisatie>().WithMany().HasForeignKey(x => x.AanbiederId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProductcodeKoppelingConfiguration : IEntityTypeConfiguration<ProductcodeKoppeling>
{
    public void Configure(EntityTypeBuilder<ProductcodeKoppeling> b)
    {
        b.ToTable("productcode_koppelingen");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Productcode).HasMaxLength(20);
        b.Property(x => x.IWmoProductcode).HasMaxLength(5);
        b.HasIndex(x => new { x.ContractId, x.Productcode }).IsUnique();
        b.HasOne<Contract>().WithMany().HasForeignKey(x => x.ContractId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ClientConfiguration : IEntityTypeConfiguration<Client>
{
    public void Configure(EntityTypeBuilder<Client> b)
    {
        b.ToTable("clienten");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Bsn).HasMaxLength(9);
        b.Property(x => x.Tussenvoegsel).HasMaxLength(10);
        b.Property(x => x.Huisnummer).HasMaxLength(10);
        b.Property(x => x.Postcode).HasMaxLength(6);
        b.Property(x => x.Woonplaats).HasMaxLength(100);
        b.Property(x => x.Telefoon).HasMaxLength(20);
        b.Ignore(x => x.VolledigeNaam);
        b.HasIndex(x => new { x.GemeenteId, x.Bsn }).IsUnique();
        b.HasOne<Organisatie>().WithMany().HasForeignKey(x => x.GemeenteId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ToewijzingConfiguration : IEntityTypeConfiguration<Toewijzing>
{
    public void Configure(EntityTypeBuilder<Toewijzing> b)
    {
        b.ToTable("toewijzingen");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.ToewijzingNummer).HasMaxLength(20);
        b.Property(x => x.Productcategorie).HasMaxLength(2);
        b.Property(x => x.Productcode).HasMaxLength(20);
        b.Property(x => x.Eenheid).HasMaxLength(2);
        b.Property(x => x.Frequentie).HasMaxLength(2);
        b.Property(x => x.BeschikkingNummer).HasMaxLength(20);
        b.Property(x => x.RedenWeigering).HasMaxLength(500);
        b.Property(x => x.RedenBeeindiging).HasMaxLength(2);
        b.Property(x => x.RedenWijziging).HasMaxLength(2);
        b.Property(x => x.ReferentieAanbieder).HasMaxLength(36);
        b.Property(x => x.IWmoProductcode).HasMaxLength(5);
        b.Property(x => x.Opname).HasMaxLength(20);
        b.Ignore(x => x.BegindatumLevering);
        b.Ignore(x => x.BerichtProductcode);
        b.HasIndex(x => x.ToewijzingNummer).IsUnique();
        b.HasOne<Client>().WithMany().HasForeignKey(x => x.ClientId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Contract>().WithMany().HasForeignKey(x => x.ContractId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Domain.Beschikkingen.Beschikking>().WithMany().HasForeignKey(x => x.BeschikkingId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BeschikkingConfiguration : IEntityTypeConfiguration<Domain.Beschikkingen.Beschikking>
{
    public void Configure(EntityTypeBuilder<Domain.Beschikkingen.Beschikking> b)
    {
        b.ToTable("beschikkingen");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Nummer).HasMaxLength(20);
        b.Property(x => x.Omschrijving).HasMaxLength(500);
        b.HasIndex(x => new { x.ClientId, x.Nummer }).IsUnique();
        b.HasOne<Client>().WithMany().HasForeignKey(x => x.ClientId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AuditRegelConfiguration : IEntityTypeConfiguration<AuditRegel>
{
    public void Configure(EntityTypeBuilder<AuditRegel> b)
    {
        b.ToTable("audit_regels");
        b.Property(x => x.Actie).HasMaxLength(30);
        b.Property(x => x.Entiteit).HasMaxLength(50);
        b.Property(x => x.EntiteitId).HasMaxLength(100);
        b.HasIndex(x => x.Moment);
    }
}

internal sealed class ContractGebeurtenisConfiguration : IEntityTypeConfiguration<ContractGebeurtenis>
{
    public void Configure(EntityTypeBuilder<ContractGebeurtenis> b)
    {
        b.ToTable("gebeurtenissen");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Soort).HasMaxLength(60);
        b.Property(x => x.ProductCode).HasMaxLength(10);
        b.Property(x => x.Toelichting).HasMaxLength(500);
        b.Property(x => x.OnderwerpSoort).HasMaxLength(20);
        b.Ignore(x => x.Onderwerp);
        b.HasIndex(x => x.ContractId);
        b.HasIndex(x => x.ToewijzingId);
        b.HasIndex(x => new { x.ContractId, x.OnderwerpSoort, x.OnderwerpId });
        b.HasIndex(x => x.OnderwerpId);
        b.HasIndex(x => x.Moment);
        b.HasOne<Contract>().WithMany().HasForeignKey(x => x.ContractId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class VastgelegdeVerplichtingConfiguration : IEntityTypeConfiguration<VastgelegdeVerplichting>
{
    public void Configure(EntityTypeBuilder<VastgelegdeVerplichting> b)
    {
        b.ToTable("verplichtingen");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Sleutel).HasMaxLength(120);
        b.Property(x => x.RegelId).HasMaxLength(60);
        b.Property(x => x.Bron).HasMaxLength(100);
        b.Property(x => x.Omschrijving).HasMaxLength(500);
        b.Property(x => x.Soort).HasMaxLength(60);
        b.Property(x => x.Actor).HasMaxLength(60);
        b.Property(x => x.ProfielId).HasMaxLength(100);
        b.Property(x => x.Lezing).HasMaxLength(500);
        b.Property(x => x.Uitleg).HasMaxLength(300);
        b.Property(x => x.Toelichting).HasMaxLength(300);
        b.Property(x => x.OnderwerpSoort).HasMaxLength(20);
        b.HasIndex(x => new { x.ContractId, x.Sleutel }).IsUnique();
        b.HasIndex(x => x.ToewijzingId);
        b.HasIndex(x => x.Deadline);
        b.HasIndex(x => new { x.ContractId, x.OnderwerpSoort, x.OnderwerpId });
        b.HasIndex(x => x.OnderwerpId);
        b.HasIndex(x => new { x.Status, x.Deadline });
        b.HasOne<Contract>().WithMany().HasForeignKey(x => x.ContractId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OndersteuningsplanConfiguration : IEntityTypeConfiguration<Ondersteuningsplan>
{
    public void Configure(EntityTypeBuilder<Ondersteuningsplan> b)
    {
        b.ToTable("ondersteuningsplannen");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Doelen).HasMaxLength(2000);
        b.Property(x => x.Activiteiten).HasMaxLength(2000);
        b.Property(x => x.Afschaling).HasMaxLength(2000);
        b.Property(x => x.RolNetwerk).HasMaxLength(2000);
        b.HasIndex(x => x.ToewijzingId).IsUnique();
        b.HasOne<Toewijzing>().WithMany().HasForeignKey(x => x.ToewijzingId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BerichtConfiguration : IEntityTypeConfiguration<Bericht>
{
    public void Configure(EntityTypeBuilder<Bericht> b)
    {
        b.ToTable("berichten");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Soort).HasMaxLength(10);
        b.Property(x => x.BerichtCode).HasMaxLength(5);
        b.Property(x => x.Identificatie).HasMaxLength(12);
        b.Property(x => x.Afzender).HasMaxLength(8);
        b.Property(x => x.Ontvanger).HasMaxLength(8);
        b.Property(x => x.Xml).HasMaxLength(2_000_000);
        b.Property(x => x.RetourSoort).HasMaxLength(10);
        b.Property(x => x.RetourXml).HasMaxLength(2_000_000);
        b.Property(x => x.Retourcodes).HasMaxLength(2000);
        b.Property(x => x.Kanaal).HasMaxLength(20);
        b.HasIndex(x => new { x.Afzender, x.BerichtCode, x.Identificatie }).IsUnique();
        b.HasIndex(x => x.ToewijzingId);
        b.HasIndex(x => x.AfzenderOrganisatieId);
        b.HasIndex(x => x.OntvangerOrganisatieId);
    }
}

internal sealed class VerzoekConfiguration : IEntityTypeConfiguration<Verzoek>
{
    public void Configure(EntityTypeBuilder<Verzoek> b)
    {
        b.ToTable("verzoeken");
        b.Property(x => x.Soort).HasMaxLength(10);
        b.Property(x => x.RedenVerzoek).HasMaxLength(1);
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Bsn).HasMaxLength(9);
        b.Property(x => x.Tussenvoegsel).HasMaxLength(10);
        b.Property(x => x.Productcode).HasMaxLength(20);
        b.Property(x => x.Eenheid).HasMaxLength(2);
        b.Property(x => x.Frequentie).HasMaxLength(2);
        b.Property(x => x.VerwijzerType).HasMaxLength(2);
        b.Property(x => x.VerwijzerNaam).HasMaxLength(70);
        b.Property(x => x.ReferentieAanbieder).HasMaxLength(15);
        b.Property(x => x.RedenAfwijzing).HasMaxLength(1);
        b.HasIndex(x => x.ContractId);
        b.HasIndex(x => x.GemeenteId);
        b.HasOne<Contract>().WithMany().HasForeignKey(x => x.ContractId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisatie>().WithMany().HasForeignKey(x => x.GemeenteId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class WarmeOverdrachtConfiguration : IEntityTypeConfiguration<WarmeOverdracht>
{
    public void Configure(EntityTypeBuilder<WarmeOverdracht> b)
    {
        b.ToTable("warme_overdrachten");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Toelichting).HasMaxLength(500);
        b.HasIndex(x => x.ToewijzingId).IsUnique();
        b.HasOne<Toewijzing>().WithMany().HasForeignKey(x => x.ToewijzingId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EvaluatieConfiguration : IEntityTypeConfiguration<Evaluatie>
{
    public void Configure(EntityTypeBuilder<Evaluatie> b)
    {
        b.ToTable("evaluaties");
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.Antwoorden).HasMaxLength(20000);
        b.HasIndex(x => x.ToewijzingId);
        b.HasOne<Toewijzing>().WithMany().HasForeignKey(x => x.ToewijzingId).OnDelete(DeleteBehavior.Restrict);
    }
}
