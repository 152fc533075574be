using System.Globalization;

namespace TargetsDashboard.Formatting;

// The province's culture and clock, obtained here and nowhere else. Linked as source into every project that
// writes, sorts or dates anything for a Vietnamese reader; plain .NET types only, so the KPI engine may use it too.
internal static class Vietnam
{
    // Fetched on first use, not in a static constructor: a host without ICU data gets the CultureNotFoundException
    // itself (the engine falls back to ordinal order on it), not a TypeInitializationException.
    private static CultureInfo? _culture;
    private static TimeZoneInfo? _timeZone;

    // vi-VN: 1.234,5 and Vietnamese collation (Đ after D, tones ignored where asked).
    public static CultureInfo Culture => _culture ??= CultureInfo.GetCultureInfo("vi-VN");

    // Indochina Time (UTC+7, no daylight saving): the province's clock, whatever the server's zone is.
    public static TimeZoneInfo TimeZone => _timeZone ??= TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    // A stored UTC time on the province's clock. SQLite hands times back unspecified; they are all UTC.
    public static DateTime ToLocalTime(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZone);

    // Now, on the province's clock.
    public static DateTime Now(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return ToLocalTime(clock.GetUtcNow().UtcDateTime);
    }

    // Today in Vietnam: the date a document is issued on, the default of a date field.
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(Now(clock));
}
