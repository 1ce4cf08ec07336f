using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Maatwerk.Infrastructure.Data;

/// <summary>Stores moments as UTC DateTime: SQLite can then order and compare them (it cannot for DateTimeOffset),
/// and PostgreSQL keeps them as timestamp with time zone.</summary>
public sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTime>(
    v => v.UtcDateTime,
    v => new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)));
