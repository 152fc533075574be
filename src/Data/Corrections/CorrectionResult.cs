using TargetsDashboard.Data.Corrections.UnitMonth;

namespace TargetsDashboard.Data.Corrections;

/// <summary>What came of a correction: <see cref="CorrectionSaved"/>, <see cref="CorrectionInvalid"/>, <see cref="CorrectionLocked"/>, or a conflict.</summary>
public abstract record CorrectionResult;

public sealed record CorrectionSaved : CorrectionResult;

/// <summary>The input was refused; nothing was written.</summary>
public sealed record CorrectionInvalid(string Message) : CorrectionResult;

/// <summary>The month is closed; nothing was written.</summary>
public sealed record CorrectionLocked(string Message) : CorrectionResult;

/// <summary>Someone else saved the figure after it was loaded; nothing was written. <paramref name="Current"/> is theirs.</summary>
public sealed record FigureConflict(FigureState? Current) : CorrectionResult;

/// <summary>Someone else saved the note after it was loaded; nothing was written. <paramref name="Current"/> is theirs.</summary>
public sealed record NoteConflict(NoteState? Current) : CorrectionResult;
