namespace TargetsDashboard.Kpi;

/// <summary>What a sub-indicator whose denominator is zero earns: the portal gives nothing by default, full points for some (no complaints received).</summary>
public enum ZeroDenominatorRule
{
    EarnsNothing = 0,
    EarnsFull = 1,
}

/// <summary>
/// One sub-indicator of the 766 index as the national portal scores it: points = <see cref="MaxPoints"/> ×
/// min(R ÷ <see cref="FullAt"/>, 1), where R = numerator ÷ denominator of the period.
/// </summary>
/// <param name="Code">The code on the portal, e.g. <c>SO_HOA_GIAY_TO_GIAI_QUYET</c>; the indicator code of the 766 scorecard.</param>
/// <param name="NameVi">The portal's Vietnamese name.</param>
/// <param name="MaxPoints">Points at or above <see cref="FullAt"/>; 0 for a sub-indicator that is shown and not scored.</param>
/// <param name="FullAt">The rate (a fraction: 0.8 for 80%) from which the maximum is earned.</param>
/// <param name="IsScored">False for figures the portal shows beside the score without scoring them (overdue dossiers, complaint classification).</param>
/// <param name="IsRateOnly">The portal publishes only the rate (<c>ONLINE_SERVICE</c>): it is imported as a rate (<see cref="Index766Figure.FromRate"/>), and no count of items can win its points back.</param>
/// <param name="NumeratorItemVi">What one more item of the numerator is, for "thêm 45 hồ sơ được số hóa".</param>
public sealed record Index766SubIndicator(
    string Code,
    string NameVi,
    decimal MaxPoints,
    decimal FullAt,
    ZeroDenominatorRule ZeroDenominator,
    bool IsScored,
    bool IsRateOnly,
    CountedOver CountedOver,
    string NumeratorItemVi);

/// <summary>
/// A group of the 766 index. Its points are the sum of its sub-indicators' points, capped at <see cref="MaxPoints"/>.
/// For the groups whose sub-indicators' maxima add up to the group's maximum the cap changes nothing; the payment group
/// is the formula <see cref="FormulaVi"/>, which its sub-indicators express as terms (6·A is max 6 full at 100%,
/// min(2; 2,5·B) is max 2 full at 80%, 2,5·C is max 2,5 full at 100%) and which can reach 10,5 before the cap.
/// </summary>
/// <param name="Code">A stable code for the group (not shown by the portal).</param>
/// <param name="FormulaVi">The group's formula as shown to users, when it is not a plain sum; null otherwise.</param>
public sealed record Index766Group(
    string Code,
    string NameVi,
    decimal MaxPoints,
    IReadOnlyList<Index766SubIndicator> SubIndicators,
    string? FormulaVi = null);

/// <summary>
/// The 766 index's groups and sub-indicators, in force from <paramref name="EffectiveFrom"/> to <paramref name="EffectiveTo"/>
/// (months inclusive, open when null), with the source it was taken from, like a directive target. Kept as data because the
/// portal changes its point split without publishing it.
/// </summary>
public sealed partial record Index766RuleSet(
    string Source,
    YearMonth EffectiveFrom,
    YearMonth? EffectiveTo,
    IReadOnlyList<Index766Group> Groups)
{
    /// <summary>The published rates carry two decimals of a percent: a rate is stored as a numerator over this denominator.</summary>
    public const long RateScale = 10_000;

    /// <summary>The total's maximum: the sum of the groups' maxima (100 for the portal's table).</summary>
    public decimal MaxPoints => Groups.Sum(g => g.MaxPoints);

    /// <summary>Every sub-indicator, scored or shown, in the portal's order.</summary>
    public IEnumerable<Index766SubIndicator> SubIndicators => Groups.SelectMany(g => g.SubIndicators);

    public bool IsInForce(YearMonth month) => month >= EffectiveFrom && (EffectiveTo is null || month <= EffectiveTo.Value);

    /// <summary>The sub-indicator with that code (case-sensitive, as the portal writes it); null when the rule set has none.</summary>
    public Index766SubIndicator? Find(string code) => SubIndicators.FirstOrDefault(s => string.Equals(s.Code, code, StringComparison.Ordinal));

    /// <summary>
    /// The sub-indicators as indicators of the engine (each flows: the portal's figures add up over the months of a
    /// period), in the portal's order from <paramref name="firstDisplayOrder"/>.
    /// </summary>
    public IReadOnlyList<IndicatorInfo> ToIndicators(int firstDisplayOrder = 100) =>
        [.. SubIndicators.Select((s, i) => new IndicatorInfo(s.Code, s.NameVi, Aggregation.Flow, s.CountedOver, s.NumeratorItemVi, firstDisplayOrder + i))];

    /// <summary>The scorecard that ranks units by their 766 total: every scored sub-indicator, scored by this rule set.</summary>
    public Scorecard ToScorecard() =>
        new("Chỉ số 766", new Index766Scoring([this]), [.. SubIndicators.Where(s => s.IsScored).Select(s => s.Code)]);
}
