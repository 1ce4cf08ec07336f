using System.Globalization;
using Maatwerk.Domain.Calendar;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Tests.Contracten;
using Maatwerk.Domain.Verplichtingen;

namespace Maatwerk.Domain.Tests.Verplichtingen;

/// <summary>Every rule of every profile, with a deadline computed by hand from the contract text (not by the
/// engine). Each row's period crosses a weekend or a holiday. Rows: requirement ID, profile, rule, event, event
/// moment, options (spoed / product:X / perceel:X), expected deadline ("… vanaf yyyy-mm-dd" for windows).</summary>
public class ContractProfileRegelsTests
{
    public static TheoryData<string, string, string, string, string, string, string> Termijnregels => new()
    {
        // iwmo-3.2 (base)
        { "OP090", "iwmo-3.2", "OP090", "toewijzing", "2026-04-24", "", "2026-04-30" },          // Koningsdag Mon 27/4
        { "OP090x4", "iwmo-3.2", "OP090x4", "declaratie-ontvangen", "2026-04-30", "", "2026-05-19" }, // 5 mei, Hemelvaart, KB 15/5
        // deventer-wmo-2023
        { "DEV-Art4.3", "deventer-wmo-2023", "MR-01", "toewijzing", "2026-04-24", "", "2026-04-30" },
        { "DEV-Art6.3", "deventer-wmo-2023", "MR-03", "weigering-aanvaard", "2026-04-27", "", "2026-04-27" },
        { "DEV-Eis2-S5a", "deventer-wmo-2023", "MR-04", "toewijzing", "2026-04-24", "", "2026-04-29" },
        { "DEV-Art4.4", "deventer-wmo-2023", "MR-05", "toewijzing", "2026-04-24", "", "2026-05-04" },
        { "DEV-Art4.5", "deventer-wmo-2023", "MR-06", "toewijzing", "2026-04-24", "product:AD-DO", "2026-04-28T00:00" },
        { "DEV-Art4.5", "deventer-wmo-2023", "MR-06", "toewijzing", "2026-05-13T14:30", "product:AD-DO", "2026-05-18T14:30" },
        { "DEV-B4-SH-Death", "deventer-wmo-2023", "MR-09", "client-overleden", "2026-04-24", "product:SH", "2026-05-08" },
        { "DEV-Eis3-REG", "deventer-wmo-2023", "MR-10", "start-zorg", "2026-04-24", "", "2026-05-22" },
        { "DEV-Eis4-a", "deventer-wmo-2023", "MR-11", "einde-indicatie", "2026-08-31", "", "2026-05-31" },
        { "DEV-Eis4-b", "deventer-wmo-2023", "MR-12", "evaluatie-gepland", "2026-05-04", "", "2026-05-03" },
        { "DEV-Eis4-d", "deventer-wmo-2023", "MR-13", "einde-indicatie", "2026-05-31", "", "2026-05-31" },
        { "DEV-Eis7-R2", "deventer-wmo-2023", "MR-14", "jaarbegin", "2026-01-01", "", "2026-12-31 vanaf 2026-01-01" },
        { "DEV-B4-BP-Dur", "deventer-wmo-2023", "MR-15", "start-zorg", "2026-02-28", "product:PO-BP", "2027-02-28" },
        { "DEV-Eis28-a", "deventer-wmo-2023", "MR-17", "no-show", "2026-04-24T10:00", "", "2026-04-28T09:00" }, // Sat 10:00 → after Koningsdag
        { "DEV-Eis28-a", "deventer-wmo-2023", "MR-17", "no-show", "2026-05-12T19:30", "", "2026-05-18T09:00" }, // Wed 19:30 → Hemelvaart, KB, weekend
        { "DEV-Art8.1", "deventer-wmo-2023", "MR-20", "maandeinde", "2026-04-30", "", "2026-05-30" },
        { "DEV-Art8.13", "deventer-wmo-2023", "MR-21", "maandeinde", "2026-04-30", "", "2026-07-30" },
        { "DEV-Art8.5", "deventer-wmo-2023", "MR-22", "declaratie-ontvangen", "2026-04-30", "", "2026-05-30" },
        { "DEV-Art8.6", "deventer-wmo-2023", "MR-23", "declaratie-ontvangen", "2026-04-30", "", "2026-05-30" },
        { "DEV-Art8.7", "deventer-wmo-2023", "MR-24", "retour-ontvangen", "2026-04-30", "", "2026-05-30" },
        { "DEV-Art8.8b", "deventer-wmo-2023", "MR-25a", "jaarbegin", "2026-01-01", "", "2026-07-01" },
        { "DEV-Art8.8b", "deventer-wmo-2023", "MR-25b", "correctie-nodig", "2026-10-01", "", "2027-02-01" },   // a rejected line of October 2026
        { "DEV-Art8.8b", "deventer-wmo-2023", "MR-25b", "correctie-nodig", "2026-12-31", "", "2027-02-01" },
        { "DEV-Art8.8b", "deventer-wmo-2023", "MR-25b", "correctie-nodig", "2027-01-04", "", "2028-02-01" },   // across the year end: next year's window
        { "DEV-Art8.10", "deventer-wmo-2023", "MR-27", "ingebrekestelling-gemeente", "2026-04-24", "", "2026-05-08" },
        { "DEV-Art22.2a", "deventer-wmo-2023", "MR-31", "jaareinde", "2026-12-31", "", "2027-02-28" },
        { "DEV-Art22.2a", "deventer-wmo-2023", "MR-31", "jaareinde", "2027-12-31", "", "2028-02-29" },
        { "DEV-Art22.2b", "deventer-wmo-2023", "MR-32", "jaareinde", "2026-12-31", "", "2027-03-31" },
        { "DEV-Eis9-MI", "deventer-wmo-2023", "MR-33", "verzoek-managementinformatie", "2026-01-31", "", "2026-02-28" },
        { "DEV-Art9.6", "deventer-wmo-2023", "MR-34", "weigering-informatie-ongegrond", "2026-04-24", "", "2026-05-24" },
        { "DEV-Art21.2", "deventer-wmo-2023", "MR-35", "jaarbegin", "2026-01-01", "", "2026-09-30" },
        { "DEV-Art12.2a", "deventer-wmo-2023", "MR-36", "verzoek-wijziging-plan-van-aanpak", "2026-04-24", "", "2026-05-15" },
        { "DEV-Eis27-R4", "deventer-wmo-2023", "MR-37", "contractering", "2026-01-31", "", "2026-02-28" },
        { "DEV-Eis9-Meet", "deventer-wmo-2023", "MR-38a", "contractering", "2026-01-31", "", "2027-01-31" },
        { "DEV-Eis9-Meet", "deventer-wmo-2023", "MR-38b", "contractering", "2026-01-31", "", "2028-01-31" },
        { "DEV-Eis18-a", "deventer-wmo-2023", "MR-41", "indiensttreding", "2026-04-24", "", "2026-04-24 vanaf 2025-04-24" },
        { "DEV-Eis18-d", "deventer-wmo-2023", "MR-42", "vog-afgegeven", "2024-02-29", "", "2027-02-28" },
        { "DEV-Eis18-g", "deventer-wmo-2023", "MR-43a", "contractering", "2026-01-31", "", "2026-01-31 vanaf 2025-10-31" },
        { "DEV-Eis18-g", "deventer-wmo-2023", "MR-43b", "vog-rp-afgegeven", "2026-04-24", "", "2029-04-24" },
        // Organisatiebewijzen (issue 14): the expiry is the last valid day; renew before it.
        { "DEV-B2-Ins", "deventer-wmo-2023", "MR-73-verlengen", "verzekering-verloopt", "2026-05-04", "", "2026-05-03" },
        { "DEV-B2-Qual", "deventer-wmo-2023", "MR-74", "certificaat-verloopt", "2026-05-04", "", "2026-05-03" },
        { "DEV-B2-4.3", "deventer-wmo-2023", "MR-44", "aanmelding", "2022-08-17", "", "2022-08-17 vanaf 2021-08-17" },
        { "DEV-Eis18-e", "deventer-wmo-2023", "MR-45", "gemeente-eist-nieuwe-vog", "2026-04-27", "", "2026-04-27" },
        { "DEV-AIV23.7", "deventer-wmo-2023", "MR-46", "werk-bij-gemeente", "2026-05-04", "", "2026-05-01" },
        { "DEV-AIV23.2-4", "deventer-wmo-2023", "MR-47", "gemeente-eist-vervanging", "2026-04-24", "", "2026-05-08" },
        { "DEV-Art14.1-3", "deventer-wmo-2023", "MR-48", "verzoek-onderaannemer", "2026-04-24", "", "2026-05-08" },
        { "DEV-Eis16-R3", "deventer-wmo-2023", "MR-49", "klacht", "2026-04-24", "", "2026-04-29" },
        { "DEV-Eis16-R3", "deventer-wmo-2023", "MR-49", "klacht", "2026-12-24", "", "2026-12-29" },
        { "DEV-Eis16-R2", "deventer-wmo-2023", "MR-50", "klacht", "2026-04-24", "", "2026-05-22" },
        { "DEV-Eis16-Rep", "deventer-wmo-2023", "MR-51b", "verzoek-klachtenrapportage", "2026-01-31", "", "2026-02-28" },
        { "DEV-Eis16-R2", "deventer-wmo-2023", "MR-50-verlengd", "klacht-verlengd", "2026-05-25", "", "2026-05-25" }, // the agreed date itself (2e Pinksterdag)
        { "DEV-B8-Report", "deventer-wmo-2023", "MR-52", "calamiteit-voorgevallen", "2026-04-30", "", "2026-05-06" },
        { "DEV-B8-Report", "deventer-wmo-2023", "MR-52", "geweldsincident-voorgevallen", "2026-04-02", "", "2026-04-09" },
        { "DEV-B8-NoReport", "deventer-wmo-2023", "MR-53", "verzoek-ggd-melding", "2026-05-13", "", "2026-05-20" },
        { "DEV-B8-Ack", "deventer-wmo-2023", "MR-54", "melding-ggd-ontvangen", "2026-04-02", "", "2026-04-09" },
        { "DEV-B8-Route", "deventer-wmo-2023", "MR-55", "ggd-verzoek-onderzoek", "2026-04-24", "", "2026-06-05" },
        { "DEV-Art9.1", "deventer-wmo-2023", "MR-57", "calamiteit", "2026-04-30", "", "2026-05-14" },
        { "DEV-Art9.1", "deventer-wmo-2023", "MR-57", "incident", "2026-04-24", "", "2026-05-08" },
        { "DEV-Art9.3", "deventer-wmo-2023", "MR-58", "onderzoek-andere-instantie", "2026-04-24", "", "2026-05-08" },
        { "DEV-AIV7A.4", "deventer-wmo-2023", "MR-59a", "datalek", "2026-04-24T16:00", "", "2026-04-25T16:00" },
        { "DEV-Art19.4", "deventer-wmo-2023", "MR-59b", "datalek", "2026-04-24T16:00", "", "2026-04-26T16:00" },
        { "AVG-33", "deventer-wmo-2023", "AVG-33", "datalek", "2026-04-24T16:00", "", "2026-04-27T16:00" }, // 72 clock hours over the weekend
        { "DEV-Art10.1", "deventer-wmo-2023", "MR-60", "overmacht", "2026-04-24", "", "2026-05-02" },
        { "DEV-Art24.6", "deventer-wmo-2023", "MR-62", "strafrechtelijk-feit", "2026-04-27", "", "2026-04-27" },
        { "DEV-B2-Verbeterplan", "deventer-wmo-2023", "MR-65", "verbeterplan-ondertekend", "2026-12-31", "", "2027-02-28" },
        { "DEV-Art13.4", "deventer-wmo-2023", "MR-67", "voornemen-opzegging", "2026-04-27", "", "2026-04-27" },
        { "DEV-Art12.3", "deventer-wmo-2023", "MR-68", "opzegbrief-aanbieder", "2026-08-31", "", "2027-02-28" },
        { "DEV-Art3.2", "deventer-wmo-2023", "MR-70", "einde-contracttermijn", "2026-12-31", "", "2026-09-30" },
        { "DEV-Art3.3", "deventer-wmo-2023", "MR-71", "einde-contracttermijn", "2026-12-31", "", "2026-12-01" },
        { "DEV-B2-Docs", "deventer-wmo-2023", "MR-75b", "verzoek-bewijsstukken", "2026-04-24", "", "2026-05-07" },
        { "DEV-B1-Contact", "deventer-wmo-2023", "MR-76", "toelating", "2026-04-24", "", "2026-05-01" },
        { "DEV-B1-Deadline", "deventer-wmo-2023", "MR-77", "einde-loonperiode", "2026-04-30", "", "2026-06-11" },
        { "DEV-Art21.7", "deventer-wmo-2023", "MR-84", "igj-rapport", "2026-04-27", "", "2026-04-27" },
        // voorne-aan-zee-ib
        { "IB-18a", "voorne-aan-zee-ib", "IB-18a", "toewijzing", "2026-04-24", "", "2026-04-28" },
        { "IB-18b", "voorne-aan-zee-ib", "IB-18b", "toewijzing", "2026-04-24", "", "2026-05-08" },
        { "IB-19a", "voorne-aan-zee-ib", "IB-19a", "toewijzing", "2026-04-24", "", "2026-05-08" },
        { "IB-19b", "voorne-aan-zee-ib", "IB-19b", "toewijzing", "2026-04-24", "spoed", "2026-05-01" },
        { "IB-19c", "voorne-aan-zee-ib", "IB-19c", "start-onhaalbaar", "2026-04-27", "", "2026-04-27" },
        { "IB-37", "voorne-aan-zee-ib", "IB-37", "start-zorg", "2026-04-27", "", "2026-04-27" },
        { "IB-20a", "voorne-aan-zee-ib", "IB-20a", "start-zorg", "2026-04-24", "", "2026-05-08" },
        { "IB-20c", "voorne-aan-zee-ib", "IB-20c", "plan-overeengekomen", "2026-08-31", "", "2027-02-28" },
        { "IB-20c", "voorne-aan-zee-ib", "IB-20c", "evaluatie", "2026-04-24", "", "2026-10-24" },
        { "IB-27a", "voorne-aan-zee-ib", "IB-27a", "einde-indicatie", "2026-04-30", "", "2026-02-28" },
        { "IB-25", "voorne-aan-zee-ib", "IB-25", "voornemen-weigeren-beeindigen", "2026-04-27", "", "2026-04-27" },
        { "IB-22b", "voorne-aan-zee-ib", "IB-22b-brief", "no-show-drempel-waarschuwing", "2026-04-27", "", "2026-04-27" }, // onverwijld (Koningsdag)
        { "IB-23", "voorne-aan-zee-ib", "IB-23-melding", "no-show-drempel-gemeente", "2026-04-27", "", "2026-04-27" }, // onverwijld (Koningsdag)
        { "IB-26b", "voorne-aan-zee-ib", "IB-26b", "verzoek-goedkeuring-beeindiging", "2026-04-24", "", "2026-05-04" },
        { "IB-34a", "voorne-aan-zee-ib", "IB-34a", "wlz-indicatie-afgegeven", "2026-12-24", "", "2027-01-04" },
        { "IB-34b", "voorne-aan-zee-ib", "IB-34b", "wlz-indicatie-zichtbaar", "2026-04-24", "", "2026-05-04" },
        { "IB-34c", "voorne-aan-zee-ib", "IB-34c", "contractstart", "2026-01-01", "", "2026-01-08" },
        { "IB-8b", "voorne-aan-zee-ib", "IB-8b", "indiensttreding", "2026-04-27", "", "2026-04-27" },
        { "IB-9b", "voorne-aan-zee-ib", "IB-9b", "indiensttreding", "2026-05-31", "", "2026-05-31 vanaf 2026-02-28" },
        { "IB-9c", "voorne-aan-zee-ib", "IB-9c", "vog-afgegeven", "2026-04-24", "", "2027-04-24" },
        { "IB-10", "voorne-aan-zee-ib", "IB-10", "vog-geweigerd", "2026-04-27", "", "2026-04-27" },
        { "IB-15b", "voorne-aan-zee-ib", "IB-15b", "kortdurende-afwezigheid", "2026-04-27", "", "2026-04-27" },
        { "IB-15c", "voorne-aan-zee-ib", "IB-15c", "langdurige-afwezigheid", "2026-04-24", "", "2026-05-22" },
        { "IB-49", "voorne-aan-zee-ib", "IB-49", "klacht", "2026-04-24", "", "2026-05-01" },
        { "IB-50", "voorne-aan-zee-ib", "IB-50", "klacht", "2026-04-24", "", "2026-05-24" },
        { "IB-53a", "voorne-aan-zee-ib", "IB-53a", "calamiteit", "2026-04-27", "", "2026-04-27" },
        { "IB-53b", "voorne-aan-zee-ib", "IB-53b", "calamiteit", "2026-04-24", "", "2026-04-28" },
        { "IB-53b", "voorne-aan-zee-ib", "IB-53b", "incident", "2026-04-02", "", "2026-04-07" },
        { "IB-38", "voorne-aan-zee-ib", "IB-38", "vermoeden-fraude", "2026-04-27", "", "2026-04-27" },
        { "IB-58", "voorne-aan-zee-ib", "IB-58", "datalek", "2026-04-27", "", "2026-04-27" },
        { "AVG-33", "voorne-aan-zee-ib", "AVG-33", "datalek", "2026-04-25T09:15", "", "2026-04-28T09:15" }, // over Sunday and Koningsdag
        { "IB-41a", "voorne-aan-zee-ib", "IB-41a-q2", "jaarbegin", "2026-01-01", "", "2026-06-30 vanaf 2026-04-01" },
        { "IB-41a", "voorne-aan-zee-ib", "IB-41a-q4", "jaarbegin", "2026-01-01", "", "2026-12-31 vanaf 2026-10-01" },
        { "IB-41b", "voorne-aan-zee-ib", "IB-41b", "contractoverleg-gepland", "2026-05-04", "", "2026-04-20" },
        { "IB-42", "voorne-aan-zee-ib", "IB-42", "jaareinde", "2026-12-31", "", "2027-02-07" },
        { "IB-44", "voorne-aan-zee-ib", "IB-44", "jaareinde", "2026-12-31", "", "2027-03-31" },
        { "IB-46", "voorne-aan-zee-ib", "IB-46", "jaareinde", "2026-12-31", "", "2027-05-31" },
        { "IB-47a", "voorne-aan-zee-ib", "IB-47a", "zorg-in-jaar", "2026-01-01", "", "2026-12-31 vanaf 2026-01-01" },
        { "IB-62", "voorne-aan-zee-ib", "IB-62-verlengen", "verzekering-verloopt", "2026-05-04", "", "2026-05-03" },
        { "IB-36", "voorne-aan-zee-ib", "IB-36-verlengen", "certificaat-verloopt", "2026-05-04", "", "2026-05-03" },
        // gooi-vechtstreek-bsd
        { "BSD-2.6-EXD-4", "gooi-vechtstreek-bsd", "BSD-2.6-EXD-4-start", "verwachte-vrijlating", "2026-08-31", "", "2026-05-31" },
        { "BSD-78b", "gooi-vechtstreek-bsd", "BSD-78b", "toewijzing", "2026-04-24", "", "2026-10-24" },
        { "BSD-63e", "gooi-vechtstreek-bsd", "BSD-63e", "plan-overeengekomen", "2026-08-31", "", "2027-02-28" },
        { "BSD-108b", "gooi-vechtstreek-bsd", "BSD-108b", "einde-indicatie", "2026-06-30", "", "2026-05-05" },
        { "BSD-108c", "gooi-vechtstreek-bsd", "BSD-108c", "start-zorg", "2026-02-28", "", "2027-02-28" },
        { "BSD-28", "gooi-vechtstreek-bsd", "BSD-28", "einde-zorg", "2026-04-27", "", "2026-04-27" },
        { "BSD-38a", "gooi-vechtstreek-bsd", "BSD-38a", "indiensttreding", "2026-04-27", "", "2026-04-27" },
        { "BSD-39", "gooi-vechtstreek-bsd", "BSD-39", "indiensttreding", "2026-05-31", "", "2026-05-31 vanaf 2026-02-28" },
        { "BSD-40a", "gooi-vechtstreek-bsd", "BSD-40a", "vog-afgegeven", "2024-02-29", "", "2027-02-28" },
        { "BSD-44b", "gooi-vechtstreek-bsd", "BSD-44b", "uitval-medewerker", "2026-04-24T09:00", "", "2026-04-26T09:00" },
        { "BSD-44c", "gooi-vechtstreek-bsd", "BSD-44c", "uitval-medewerker", "2026-04-24T09:00", "", "2026-04-25T09:00" },
        { "BSD-44d", "gooi-vechtstreek-bsd", "BSD-44d", "uitval-medewerker", "2026-04-24T09:00", "", "2026-05-12" },
        { "BSD-88", "gooi-vechtstreek-bsd", "BSD-88", "calamiteit-voorgevallen", "2026-04-30", "", "2026-05-06" },
        { "BSD-88", "gooi-vechtstreek-bsd", "BSD-88", "ernstig-incident-voorgevallen", "2026-05-13", "", "2026-05-20" },
        { "BSD-89b", "gooi-vechtstreek-bsd", "BSD-89b", "inspectie-melding", "2026-04-24", "", "2026-04-28" },
        { "BSD-11", "gooi-vechtstreek-bsd", "BSD-11", "interpretatieverschil-gemeld", "2026-04-24", "", "2026-05-22" },
        { "BSD-101", "gooi-vechtstreek-bsd", "BSD-101", "wijziging-accountmanager", "2026-03-31", "", "2026-02-28" },
        { "BSD-61", "gooi-vechtstreek-bsd", "BSD-61", "certificaat-verloopt", "2026-05-04", "", "2026-05-03" },
        { "BSD-50", "gooi-vechtstreek-bsd", "BSD-50-verlengen", "verzekering-verloopt", "2026-05-04", "", "2026-05-03" },
        { "BSD-62", "gooi-vechtstreek-bsd", "BSD-62", "externe-audit", "2026-04-24", "", "2027-04-24" },
        { "BSD-63f", "gooi-vechtstreek-bsd", "BSD-63f", "ervaringsonderzoek", "2026-04-24", "", "2028-04-24" },
        { "BSD-63f", "gooi-vechtstreek-bsd", "BSD-63f-medewerkers", "medewerkerservaringsonderzoek", "2024-02-29", "", "2026-02-28" },
        { "BSD-63j", "gooi-vechtstreek-bsd", "BSD-63j", "evaluatie-onderaannemer", "2026-04-24", "", "2027-04-24" },
        { "BSD-66", "gooi-vechtstreek-bsd", "BSD-66", "maandeinde", "2026-12-31", "", "2027-02-28" },
        { "BSD-73a", "gooi-vechtstreek-bsd", "BSD-73a", "ondertekening", "2026-04-24", "", "2026-06-05" },
        { "BSD-73b", "gooi-vechtstreek-bsd", "BSD-73b", "plan-maatschappelijke-waarde-ingediend", "2026-04-24", "", "2026-05-15" },
        { "BSD-91", "gooi-vechtstreek-bsd", "BSD-91", "jaarbegin", "2026-01-01", "", "2026-12-31 vanaf 2026-01-01" },
        { "BSD-85", "gooi-vechtstreek-bsd", "BSD-85", "contractstart", "2026-01-01", "", "2026-01-01" },
        // oco
        { "OCO-3.15", "oco", "OCO-3.15", "melding", "2026-04-24", "", "2026-04-29" },
        { "OCO-3.15", "oco", "OCO-3.15", "melding", "2026-04-02", "", "2026-04-08" },
        { "OCO-3.16a", "oco", "OCO-3.16a", "contact-client", "2026-04-30", "", "2026-05-19" },
        { "OCO-3.16b", "oco", "OCO-3.16b", "triage-spoed", "2026-04-27", "", "2026-04-27" },
        { "OCO-3.17", "oco", "OCO-3.17", "eerste-afspraak-onhaalbaar", "2026-04-27", "", "2026-04-27" },
        { "OCO-2.7", "oco", "OCO-2.7", "melding", "2026-04-24", "", "2026-05-04" },
        { "OCO-2.2", "oco", "OCO-2.2", "expertise-nodig", "2026-04-24", "", "2026-05-04" },
        { "OCO-1.2b", "oco", "OCO-1.2b", "indiensttreding", "2026-08-31", "", "2026-08-31 vanaf 2026-02-28" },
        { "OCO-1.2c", "oco", "OCO-1.2c", "functiewijziging", "2026-04-24", "", "2026-04-24 vanaf 2025-10-24" },
        { "OCO-1.4", "oco", "OCO-1.4-doel", "einde-overeenkomst", "2026-05-31", "", "2026-05-31" },
        { "OCO-1.4", "oco", "OCO-1.4-uiterlijk", "einde-overeenkomst", "2026-12-31", "", "2027-06-30" },
        { "OCO-1.5", "oco", "OCO-1.5", "niet-overdraagbaar", "2026-12-24", "", "2027-01-11" },
        { "OCO-2.1", "oco", "OCO-2.1", "wijziging-contactpersoon", "2026-04-27", "", "2026-04-27" },
        { "OCO-2.21", "oco", "OCO-2.21", "jaarbegin", "2026-01-01", "", "2026-12-31 vanaf 2026-01-01" },
        { "OCO-2.22b", "oco", "OCO-2.22b", "kwartaaleinde", "2026-03-31", "", "2026-04-14" },
        { "OCO-2.22b", "oco", "OCO-2.22b", "kwartaaleinde", "2026-12-31", "", "2027-01-14" },
        { "OCO-4.7", "oco", "OCO-4.7-h1", "jaarbegin", "2026-01-01", "", "2026-06-30 vanaf 2026-01-01" },
        { "OCO-4.7", "oco", "OCO-4.7-h2", "jaarbegin", "2026-01-01", "", "2026-12-31 vanaf 2026-07-01" },
        { "OCO-4.8", "oco", "OCO-4.8", "overleg-rapportage", "2026-04-24", "", "2026-05-08" },
        { "OCO-6.1b", "oco", "OCO-6.1b", "jaareinde", "2026-12-31", "", "2027-02-28" },
        { "OCO-6.2b", "oco", "OCO-6.2b", "jaareinde", "2026-12-31", "", "2027-03-31" },
        { "OCO-6.1c", "oco", "OCO-6.1c", "levering", "2026-04-24", "", "2027-04-24" },
        { "OCO-P1-1.5a", "oco", "OCO-P1-1.5a", "jaarbegin", "2026-01-01", "perceel:1", "2026-11-01" },
        { "OCO-P1-1.5b", "oco", "OCO-P1-1.5b-afspraak", "jaarbegin", "2026-01-01", "perceel:1", "2026-11-15" },
        { "OCO-P1-1.5b", "oco", "OCO-P1-1.5b-vaststelling", "jaarbegin", "2026-01-01", "perceel:1", "2026-12-15" },
        { "OCO-3.14", "oco", "OCO-3.14", "contractstart", "2026-01-01", "", "2026-01-01" },
        { "OCO-4.3", "oco", "OCO-4.3-inspectie", "calamiteit", "2026-04-27", "", "2026-04-27" },
        { "OCO-4.3", "oco", "OCO-4.3-gemeente", "ernstig-incident", "2026-04-27", "", "2026-04-27" },
    };

    [Theory]
    [MemberData(nameof(Termijnregels))]
    public void Termijnregel_geeft_de_met_de_hand_berekende_deadline(string bron, string profielId, string regelId,
        string gebeurtenis, string moment, string opties, string verwacht)
    {
        var profiel = RepoProfiles.Profiel(profielId);
        var engine = new VerplichtingenEngine(profiel);
        var g = new Gebeurtenis
        {
            Id = "g1",
            Soort = gebeurtenis,
            Moment = Moment(moment),
            Spoed = opties == "spoed",
            ProductCode = opties.StartsWith("product:") ? opties["product:".Length..] : null,
            Perceel = opties.StartsWith("perceel:") ? opties["perceel:".Length..] : null,
        };

        var v = engine.Create(g).Should().ContainSingle(x => x.RegelId == regelId, $"{bron} hoort bij {gebeurtenis}").Subject;
        v.Bron.Should().Be(bron);
        var delen = verwacht.Split(" vanaf ");
        v.Deadline.Format().Should().Be(delen[0]);
        if (delen.Length == 2) v.Deadline.Vanaf.Should().Be(DateOnly.Parse(delen[1]));
        else v.Deadline.Vanaf.Should().BeNull();

        // The row must cross a weekend or holiday between event, earliest date and deadline.
        var dagen = new[] { g.Datum, v.Deadline.Datum, v.Deadline.Vanaf ?? g.Datum };
        var kruist = false;
        for (var d = dagen.Min(); d <= dagen.Max(); d = d.AddDays(1)) kruist |= !engine.Kalender.IsWerkdag(d);
        kruist.Should().BeTrue($"de testdatum voor {bron} moet een weekend of feestdag kruisen");
    }

    [Theory]
    [MemberData(nameof(ProfielIds))]
    public void Elke_termijnregel_van_het_profiel_heeft_een_testrij(string profielId)
    {
        var getest = Termijnregels.Select(r => ((string)r[1], (string)r[2])).ToHashSet();
        var eigen = RepoProfiles.Profiel(profielId).Regels
            .Where(r => r.Type == RegelType.Termijn && r.Herkomst == profielId).Select(r => (profielId, r.Id));
        eigen.Where(r => !getest.Contains(r)).Should().BeEmpty("elke termijnregel heeft een test met een met de hand berekende deadline");
    }

    public static TheoryData<string> ProfielIds() => new(RepoProfiles.Ids);

    public static TheoryData<string, string, string, string, string> Controleregels => new()
    {
        // bron, profiel, regel, parameter ("" = geen), verwachte waarde
        { "OP090x2", "iwmo-3.2", "OP090x2", "", "" },
        { "OP072", "iwmo-3.2", "OP072", "", "" },
        { "OP043", "iwmo-3.2", "OP043", "", "" },
        { "OP179", "iwmo-3.2", "OP179", "maxMegabytes", "25" },
        { "platformregel (een dag heeft 24 uur)", "iwmo-3.2", "PL-TIJD-24", "maxMinutenPerMedewerkerPerDag", "1440" },
        { "IB-59", "voorne-aan-zee-ib", "IB-59", "declarabel", "direct" },
        { "DEV-Art6.2", "deventer-wmo-2023", "MR-02", "", "" },
        { "DEV-Art6.1", "deventer-wmo-2023", "MR-07", "", "" },
        { "DEV-Art6.4", "deventer-wmo-2023", "MR-08", "", "" },
        { "DEV-B4-AD-Once", "deventer-wmo-2023", "MR-16", "duurMaandenDO", "1" },
        { "DEV-B2-NoShow", "deventer-wmo-2023", "MR-18", "afmeldenUrenVooraf", "24" },
        { "DEV-Eis28-b", "deventer-wmo-2023", "MR-19", "maxEenheden", "1" },
        { "DEV-Art8.8b", "deventer-wmo-2023", "MR-25c", "correctieTotMaand", "2" },
        { "DEV-Art8.8c", "deventer-wmo-2023", "MR-26", "boetePerRegel", "15.00" },
        { "DEV-Art8.14", "deventer-wmo-2023", "MR-28", "", "" },
        { "DEV-Art7.3", "deventer-wmo-2023", "MR-29", "eersteJaar", "2024" },
        { "DEV-Eis25", "deventer-wmo-2023", "MR-30", "maxWinstPercentage", "8" },
        { "DEV-Art22.7-8", "deventer-wmo-2023", "MR-31-accountant", "maatregel", "accountant" },
        { "DEV-Art22.2c", "deventer-wmo-2023", "MR-31-ontbinding", "maatregel", "ontbindingsgrond" },
        { "DEV-Eis8-b", "deventer-wmo-2023", "MR-39", "aantalBerispingen", "2" },
        { "DEV-Art12.2i", "deventer-wmo-2023", "MR-40", "minToewijzingenPerJaar", "5" },
        { "DEV-Eis16-AR", "deventer-wmo-2023", "MR-51", "frequentie", "jaarlijks" },
        { "DEV-B8-Draft", "deventer-wmo-2023", "MR-56", "maxWoorden", "200" },
        { "DEV-Art12.1c", "deventer-wmo-2023", "MR-61", "maxDagen", "14" },
        { "DEV-Art24.4", "deventer-wmo-2023", "MR-63", "boete", "25000" },
        { "DEV-Art11.2-3", "deventer-wmo-2023", "MR-64", "", "" },
        { "DEV-Art23.3", "deventer-wmo-2023", "MR-66", "maxMaanden", "3" },
        { "DEV-Art2.1", "deventer-wmo-2023", "MR-69", "opzegtermijnMaanden", "6" },
        { "DEV-Art3.2", "deventer-wmo-2023", "MR-72", "uitersteEinddatum", "2032-12-31" },
        { "DEV-B2-Ins", "deventer-wmo-2023", "MR-73", "minPerGebeurtenis", "2500000" },
        { "DEV-B2-Docs", "deventer-wmo-2023", "MR-75a", "kvkMaanden", "6" },
        { "DEV-B1-C1", "deventer-wmo-2023", "MR-78", "maxWeken", "52" },
        { "DEV-B1-C3", "deventer-wmo-2023", "MR-79", "maxUrenPerWeek", "40" },
        { "DEV-B1-C5", "deventer-wmo-2023", "MR-80", "drempel", "500000" },
        { "DEV-B1-Oblig", "deventer-wmo-2023", "MR-81", "drempel", "200000" },
        { "DEV-B1-PSO", "deventer-wmo-2023", "MR-82", "pso30plus", "100" },
        { "DEV-B1-Penalty", "deventer-wmo-2023", "MR-83", "boeteFactor", "1.5" },
        { "DEV-Art9.4", "deventer-wmo-2023", "MR-85", "", "" },
        { "DEV-B2-Klokuur", "deventer-wmo-2023", "TC-01", "", "" },
        { "DEV-Art8.3", "deventer-wmo-2023", "TC-02", "declarabel", "direct" },
        { "DEV-B2-DeclTime", "deventer-wmo-2023", "TC-02a", "zonderClientProducten", "PO-L, PO-B, PO-BP" },
        { "DEV-Eis19-Group", "deventer-wmo-2023", "TC-19a", "groepsgrootte", "OAD-L=8, OAD-B=7, OAD-BP=6, RO=8" },
        { "DEV-Eis3", "deventer-wmo-2023", "TC-03", "", "" },
        { "DEV-B4-PO-Indiv", "deventer-wmo-2023", "TC-04", "nietOverlappen", "PO-L, PO-B, PO-BP" },
        { "DEV-B2-RO", "deventer-wmo-2023", "TC-05", "tarief", "147.60" },
        { "DEV-Art7.2", "deventer-wmo-2023", "TC-06", "maxPerDag", "1" },
        { "DEV-B2-Trajectprijs", "deventer-wmo-2023", "TC-07", "", "" },
        { "DEV-Eis28", "deventer-wmo-2023", "TC-08", "", "" },
        { "DEV-Art7.1", "deventer-wmo-2023", "TC-09", "", "" },
        { "DEV-Art7.4", "deventer-wmo-2023", "TC-10", "", "" },
        { "DEV-Eis7-R5", "deventer-wmo-2023", "TC-11", "", "" },
        { "DEV-Art8.8c", "deventer-wmo-2023", "TC-12", "boetePerRegel", "15.00" },
        { "DEV-Art8.10", "deventer-wmo-2023", "TC-13", "", "" },
        { "DEV-Art8.9", "deventer-wmo-2023", "TC-18a", "besluit", "opschorting" },
        { "DEV-Art8.11", "deventer-wmo-2023", "TC-18b", "besluit", "verrekening" },
        { "DEV-Art24.6", "deventer-wmo-2023", "TC-14", "maximum", "25000" },
        { "DEV-B1", "deventer-wmo-2023", "TC-15", "", "" },
        { "DEV-Art7.3-B7", "deventer-wmo-2023", "TC-16", "", "" },
        { "DEV-Art8.5", "deventer-wmo-2023", "TC-17", "", "" },
        { "IB-21a", "voorne-aan-zee-ib", "IB-21a", "afmeldenUrenVooraf", "24" },
        { "IB-21b", "voorne-aan-zee-ib", "IB-21b", "uitzonderingen", "ziekte, opname" },
        { "IB-22a", "voorne-aan-zee-ib", "IB-22a", "herinnering", "vastleggen" },
        { "IB-22b", "voorne-aan-zee-ib", "IB-22b", "aantal1", "2" },
        { "IB-23", "voorne-aan-zee-ib", "IB-23", "vensterDagen", "42" },
        { "IB-24c", "voorne-aan-zee-ib", "IB-24c", "", "" },
        { "IB-31", "voorne-aan-zee-ib", "IB-31", "", "" },
        { "IB-32", "voorne-aan-zee-ib", "IB-32", "", "" },
        { "IB-33", "voorne-aan-zee-ib", "IB-33", "", "" },
        { "IB-8a", "voorne-aan-zee-ib", "IB-8a", "risicogebieden", "08, 12" },
        { "IB-5", "voorne-aan-zee-ib", "IB-5", "niveau", "MBO 4" },
        { "IB-6", "voorne-aan-zee-ib", "IB-6", "niveau", "HBO" },
        { "IB-52a", "voorne-aan-zee-ib", "IB-52a", "scholing", "verplicht" },
        { "IB-45", "voorne-aan-zee-ib", "IB-45", "maxWinstPercentage", "8" },
        { "IB-62", "voorne-aan-zee-ib", "IB-62", "minPerAanspraak", "1000000" },
        { "IB-36", "voorne-aan-zee-ib", "IB-36", "bewijzen", "kwaliteitscertificaat" },
        { "IB-63", "voorne-aan-zee-ib", "IB-63", "percentage", "5" },
        { "IB-2", "voorne-aan-zee-ib", "IB-2", "", "" },
        { "BSD-2.1-p2", "gooi-vechtstreek-bsd", "BSD-2.1-p2", "", "" },
        { "BSD-2.3", "gooi-vechtstreek-bsd", "BSD-2.3", "doelgroepen", "zorgmijder, hoarder, ex-gedetineerde" },
        { "BSD-2.6-EXD-4", "gooi-vechtstreek-bsd", "BSD-2.6-EXD-4-duur", "grensMaanden", "6" },
        { "BSD-83c", "gooi-vechtstreek-bsd", "BSD-83c", "", "" },
        { "BSD-84", "gooi-vechtstreek-bsd", "BSD-84", "", "" },
        { "BSD-23", "gooi-vechtstreek-bsd", "BSD-23", "", "" },
        { "BSD-57c", "gooi-vechtstreek-bsd", "BSD-57c", "", "" },
        { "BSD-2.7-p2", "gooi-vechtstreek-bsd", "BSD-2.7-p2", "", "" },
        { "BSD-2.4-b5", "gooi-vechtstreek-bsd", "BSD-2.4-b5", "maxProfessionals", "2" },
        { "BSD-30", "gooi-vechtstreek-bsd", "BSD-30", "", "" },
        { "BSD-42", "gooi-vechtstreek-bsd", "BSD-42", "screeningsprofiel", "45" },
        { "BSD-44a", "gooi-vechtstreek-bsd", "BSD-44a", "redenen", "uitdiensttreding, ziekte, verlof, vakantie, afgehandelde klacht" },
        { "BSD-20", "gooi-vechtstreek-bsd", "BSD-20", "van", "08:30" },
        { "BSD-70", "gooi-vechtstreek-bsd", "BSD-70", "uurtarief", "75" },
        { "BSD-71", "gooi-vechtstreek-bsd", "BSD-71", "percentage", "5" },
        { "BSD-92", "gooi-vechtstreek-bsd", "BSD-92", "", "" },
        { "BSD-50", "gooi-vechtstreek-bsd", "BSD-50", "minPerJaar", "2500000" },
        { "BSD-51", "gooi-vechtstreek-bsd", "BSD-51", "bewijzen", "beroepsaansprakelijkheid" },
        { "BSD-52a", "gooi-vechtstreek-bsd", "BSD-52a", "", "" },
        { "BSD-18", "gooi-vechtstreek-bsd", "BSD-18", "", "" },
        { "OCO-2.17", "oco", "OCO-2.17", "", "" },
        { "OCO-1.2a", "oco", "OCO-1.2a", "", "" },
        { "OCO-6.1c", "oco", "OCO-6.1c-w", "weigerOuderDanMaanden", "12" },
        { "OCO-6.1a", "oco", "OCO-6.1a", "", "" },
        { "OCO-6.2c", "oco", "OCO-6.2c", "protocolbevestiging", "verplicht" },
        { "OCO-3.2", "oco", "OCO-3.2", "tot", "18:00" },
        { "OCO-5.3", "oco", "OCO-5.3", "", "" },
    };

    [Theory]
    [MemberData(nameof(Controleregels))]
    public void Controleregel_staat_in_het_profiel_met_zijn_parameter(string bron, string profielId, string regelId, string parameter, string waarde)
    {
        var regel = RepoProfiles.Profiel(profielId).FindRegel(regelId)!;
        regel.Should().NotBeNull();
        regel.Type.Should().Be(RegelType.Controle);
        regel.Bron.Should().Be(bron);
        regel.Omschrijving.Should().NotBeNullOrWhiteSpace();
        if (parameter.Length > 0) regel.Parameters[parameter].Should().Be(waarde);
        // A check never creates a dated obligation.
        new VerplichtingenEngine(RepoProfiles.Profiel(profielId)).Create(Gebeurtenis.On("toewijzing", new DateOnly(2026, 4, 24)))
            .Should().NotContain(v => v.RegelId == regelId);
    }

    [Theory]
    [MemberData(nameof(ProfielIds))]
    public void Elke_controleregel_van_het_profiel_heeft_een_testrij(string profielId)
    {
        var getest = Controleregels.Select(r => ((string)r[1], (string)r[2])).ToHashSet();
        RepoProfiles.Profiel(profielId).Regels
            .Where(r => r.Type == RegelType.Controle && r.Herkomst == profielId)
            .Where(r => !getest.Contains((profielId, r.Id))).Select(r => r.Id).Should().BeEmpty();
    }

    private static DateTime Moment(string s) => s.Length == 10
        ? DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToDateTime(TimeOnly.MinValue)
        : DateTime.ParseExact(s, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
}
