using System.Text.RegularExpressions;
using TargetsDashboard.Data.Seeding;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Data;

/// <summary>A new indicator as an administrator enters it.</summary>
/// <param name="Code">Upper case letters, digits and underscores: DIGITIZED.</param>
/// <param name="NumeratorItemVi">One item of the numerator, for "cần thêm 37 hồ sơ được số hóa".</param>
public sealed record NewIndicator(
    string Code,
    string NameVi,
    string? NameEn,
    string ShortNameVi,
    string NumeratorVi,
    string DenominatorVi,
    string NumeratorItemVi,
    CountedOver CountedOver,
    Aggregation Aggregation,
    int DisplayOrder,
    bool IsWorkingDefinition,
    string? DefinitionNoteVi);

/// <summary>Creates indicators, one by one or as a preset; every change is audited by the interceptor.</summary>
public sealed partial class IndicatorAdministration(IDbContextFactory<TargetsDbContext> contextFactory)
{
    /// <summary>Adds an indicator without targets (they are added on the targets page, each with its source document).</summary>
    /// <returns>An error in Vietnamese, or null.</returns>
    public async Task<string?> CreateAsync(NewIndicator indicator, string actingUser, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var code = indicator.Code?.Trim().ToUpperInvariant() ?? string.Empty;
        var error = Validate(indicator, code);
        if (error is not null)
        {
            return error;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Indicators.AnyAsync(i => i.Code == code, cancellationToken))
        {
            return $"Mã chỉ số “{code}” đã có.";
        }

        db.ActAs(actingUser);
        db.Indicators.Add(new Indicator
        {
            Code = code,
            NameVi = indicator.NameVi.Trim(),
            NameEn = string.IsNullOrWhiteSpace(indicator.NameEn) ? indicator.NameVi.Trim() : indicator.NameEn.Trim(),
            ShortNameVi = indicator.ShortNameVi.Trim(),
            NumeratorVi = indicator.NumeratorVi.Trim(),
            DenominatorVi = indicator.DenominatorVi.Trim(),
            NumeratorItemVi = indicator.NumeratorItemVi.Trim(),
            CountedOver = indicator.CountedOver,
            Aggregation = indicator.Aggregation,
            DisplayOrder = indicator.DisplayOrder,
            IsWorkingDefinition = indicator.IsWorkingDefinition,
            DefinitionNoteVi = string.IsNullOrWhiteSpace(indicator.DefinitionNoteVi) ? null : indicator.DefinitionNoteVi.Trim(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>
    /// Adds the preset's indicators that the database lacks, each with the preset's targets issued by <paramref name="issuer"/>;
    /// indicators that exist already (by code) are left as they are.
    /// </summary>
    /// <returns>The number of indicators added.</returns>
    public async Task<int> ApplyPresetAsync(string preset, string issuer, string actingUser, CancellationToken cancellationToken = default)
    {
        if (!IndicatorPresets.IsKnown(preset))
        {
            throw new ArgumentException($"Unknown indicator preset \"{preset}\"; known: {string.Join(", ", IndicatorPresets.Names)}.", nameof(preset));
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.ActAs(actingUser);
        db.AuditReason = $"Bộ chỉ số có sẵn {preset}";
        var existing = await db.Indicators.Select(i => i.Code).ToHashSetAsync(cancellationToken);
        var added = ReferenceData.Indicators().Where(i => !existing.Contains(i.Code)).ToList();
        if (added.Count == 0)
        {
            return 0;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Indicators.AddRange(added);
        await db.SaveChangesAsync(cancellationToken);
        db.Targets.AddRange(added.Select(i => ReferenceData.DirectiveTarget(i, issuer)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return added.Count;
    }

    private static string? Validate(NewIndicator indicator, string code)
    {
        if (!CodePattern().IsMatch(code))
        {
            return "Mã chỉ số gồm 2–32 ký tự: chữ in hoa không dấu, chữ số hoặc dấu gạch dưới, bắt đầu bằng chữ (ví dụ DIGITIZED).";
        }

        if (string.IsNullOrWhiteSpace(indicator.NameVi) || string.IsNullOrWhiteSpace(indicator.ShortNameVi)
            || string.IsNullOrWhiteSpace(indicator.NumeratorVi) || string.IsNullOrWhiteSpace(indicator.DenominatorVi)
            || string.IsNullOrWhiteSpace(indicator.NumeratorItemVi))
        {
            return "Cần nhập tên, tên ngắn, tử số, mẫu số và đơn vị đếm của tử số.";
        }

        return TooLong(indicator.NameVi, 300, "Tên chỉ số") ?? TooLong(indicator.NameEn, 300, "Tên tiếng Anh") ?? TooLong(indicator.ShortNameVi, 60, "Tên ngắn")
            ?? TooLong(indicator.NumeratorVi, 500, "Tử số") ?? TooLong(indicator.DenominatorVi, 500, "Mẫu số")
            ?? TooLong(indicator.NumeratorItemVi, 100, "Đơn vị đếm của tử số") ?? TooLong(indicator.DefinitionNoteVi, 1000, "Ghi chú định nghĩa")
            ?? (indicator.DisplayOrder is < 1 or > 999 ? "Thứ tự hiển thị phải từ 1 đến 999." : null)
            ?? (Enum.IsDefined(indicator.CountedOver) && Enum.IsDefined(indicator.Aggregation) ? null : "Cần chọn đối tượng đếm và cách cộng dồn.");
    }

    private static string? TooLong(string? text, int max, string field) =>
        text is not null && text.Trim().Length > max ? $"{field} dài quá {max} ký tự." : null;

    [GeneratedRegex("^[A-Z][A-Z0-9_]{1,31}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
