using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using TargetsDashboard.Dashboard.Reports;

namespace TargetsDashboard.Dashboard.Mail;

/// <summary>A subscription found from an unsubscribe link.</summary>
public sealed record UnsubscribeTarget(string UserId, MailTopic Topic);

/// <summary>
/// Who receives what: the topics a person may choose (asked of <see cref="IReportAccessPolicy"/>, the rule the downloads
/// use), their choices, and the signed unsubscribe links. Written with plain statements: a preference is neither audited
/// nor a change of the figures.
/// </summary>
public sealed class MailSubscriptions(IDbContextFactory<TargetsDbContext> contexts, IReportAccessPolicy policy, IDataProtectionProvider protection, TimeProvider clock)
{
    /// <summary>The data-protection purpose of unsubscribe links: a token for anything else does not open them, nor they anything else.</summary>
    public const string UnsubscribePurpose = "TargetsDashboard.Mail.Unsubscribe.v1";

    public const int MaxTokenLength = 1000;

    private readonly IDataProtector _unsubscribe = protection.CreateProtector(UnsubscribePurpose);

    /// <summary>What <paramref name="user"/> may receive: province-wide files for province-wide roles, their own unit's report for people bound to a unit.</summary>
    public IReadOnlyList<MailTopic> Allowed(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var topics = new List<MailTopic>();
        if (policy.CanReadProvince(user))
        {
            topics.Add(MailTopic.ProvinceSummary);
            topics.Add(MailTopic.LateUnits);
        }

        if (user.FindFirstValue(DashboardClaims.UnitCode) is { } unitCode && policy.CanReadUnit(user, unitCode))
        {
            topics.Add(MailTopic.UnitReport);
        }

        return topics;
    }

    public static string Describe(MailTopic topic) => topic switch
    {
        MailTopic.ProvinceSummary => "Báo cáo tổng hợp toàn tỉnh hằng tháng (kèm PDF)",
        MailTopic.UnitReport => "Báo cáo hằng tháng của đơn vị mình (kèm PDF)",
        _ => "Danh sách đơn vị chậm gửi số liệu hoặc chưa đạt từ 3 chỉ tiêu trở lên",
    };

    public async Task<IReadOnlySet<MailTopic>> ChosenAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await db.MailSubscriptions.AsNoTracking().Where(s => s.UserId == userId).Select(s => s.Topic).ToListAsync(cancellationToken)).ToHashSet();
    }

    /// <summary>Sets the user's choices to <paramref name="chosen"/>, keeping only topics <paramref name="user"/> may receive.</summary>
    public async Task SaveAsync(ClaimsPrincipal user, IEnumerable<MailTopic> chosen, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("A signed-in user has an id.");
        var allowed = Allowed(user);
        var wanted = chosen.Where(allowed.Contains).ToHashSet();
        foreach (var topic in Enum.GetValues<MailTopic>())
        {
            if (wanted.Contains(topic))
            {
                await SubscribeAsync(userId, topic, cancellationToken);
            }
            else
            {
                await RemoveAsync(new UnsubscribeTarget(userId, topic), cancellationToken);
            }
        }
    }

    /// <summary>Adds one subscription unless it exists (the unique index settles a race).</summary>
    public async Task SubscribeAsync(string userId, MailTopic topic, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var topicValue = (int)topic;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO MailSubscriptions (UserId, Topic, CreatedUtc) SELECT {userId}, {topicValue}, {now} WHERE NOT EXISTS (SELECT 1 FROM MailSubscriptions WHERE UserId = {userId} AND Topic = {topicValue})",
                cancellationToken);
        }
        catch (System.Data.Common.DbException) when (db.MailSubscriptions.Any(s => s.UserId == userId && s.Topic == topic))
        {
        }
    }

    /// <summary>Removes a subscription; false when there was none (a link used twice).</summary>
    public async Task<bool> RemoveAsync(UnsubscribeTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.MailSubscriptions.Where(s => s.UserId == target.UserId && s.Topic == target.Topic).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    /// <summary>The signed token of an unsubscribe link: the user and topic, not the row id (ids may be reused).</summary>
    public string UnsubscribeToken(string userId, MailTopic topic) => _unsubscribe.Protect($"{(int)topic}|{userId}");

    /// <summary>The user and topic of a token, or null when it is not one of ours (altered, truncated, another purpose).</summary>
    public UnsubscribeTarget? ReadToken(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength)
        {
            return null;
        }

        try
        {
            var parts = _unsubscribe.Unprotect(token).Split('|', 2);
            return parts.Length == 2 && int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var topic)
                && Enum.IsDefined((MailTopic)topic) && parts[1].Length > 0
                ? new UnsubscribeTarget(parts[1], (MailTopic)topic)
                : null;
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException)
        {
            return null;
        }
    }
}
