namespace Maatwerk.Domain.Common;

/// <summary>An entity whose changes and deletions keep the old values in the audit trail (IB-59: every change to a time
/// registration is traceable, with what it was before). Opt-in, so that personal data of other records is not copied into
/// the trail.</summary>
public interface IAuditOldValues;
