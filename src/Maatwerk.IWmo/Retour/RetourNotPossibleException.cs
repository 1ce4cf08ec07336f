namespace Maatwerk.IWmo.Retour;

/// <summary>No retourbericht can be made, e.g. because the file is not an iWmo heenbericht or its Header is unreadable.</summary>
public sealed class RetourNotPossibleException(string melding) : Exception(melding);
