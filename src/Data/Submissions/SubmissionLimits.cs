namespace TargetsDashboard.Data.Submissions;

/// <summary>The bounds of what a unit types into its submission, and the words that refuse more.</summary>
public static class SubmissionLimits
{
    public const int MaxSectionLength = 4000;

    public const int MaxExplanationLength = 500;

    public const int MaxReasonLength = 1000;

    public static string SectionTooLong(string section) => $"Mục “{section}” không được dài quá 4.000 ký tự.";

    public const string ExplanationTooLong = "giải trình không được dài quá 500 ký tự.";

    public const string ReturnReasonMissing = "Cần nhập lý do trả lại để đơn vị biết phải sửa gì.";

    public const string ReturnReasonTooLong = "Lý do trả lại không được dài quá 1.000 ký tự.";
}

/// <summary>The report's four text sections, in the order they print.</summary>
public sealed record SubmissionSections(string? Highlights, string? Difficulties, string? Proposals, string? NextTasks)
{
    public const string HighlightsTitle = "Kết quả nổi bật";
    public const string DifficultiesTitle = "Khó khăn, vướng mắc";
    public const string ProposalsTitle = "Đề xuất, kiến nghị";
    public const string NextTasksTitle = "Nhiệm vụ tháng tới";

    public static SubmissionSections Empty { get; } = new(null, null, null, null);

    /// <summary>Each section with its title, in print order.</summary>
    public IReadOnlyList<(string Title, string? Text)> Titled =>
        [(HighlightsTitle, Highlights), (DifficultiesTitle, Difficulties), (ProposalsTitle, Proposals), (NextTasksTitle, NextTasks)];

    /// <summary>Trimmed, empty as null.</summary>
    public SubmissionSections Normalised() => new(Clean(Highlights), Clean(Difficulties), Clean(Proposals), Clean(NextTasks));

    /// <summary>The first section over its limit, as a message; null when all fit.</summary>
    public string? Problem() => Titled.FirstOrDefault(s => s.Text?.Trim().Length > SubmissionLimits.MaxSectionLength) is { Title: { } title }
        ? SubmissionLimits.SectionTooLong(title)
        : null;

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
