using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace TargetsDashboard.Dashboard.Mail;

/// <summary>
/// The form posts of mail: a user's choices, and the unsubscribe link, which works
/// without signing in because its signed token (<see cref="MailSubscriptions.UnsubscribePurpose"/>) is the permission.
/// </summary>
public static class MailEndpoints
{
    public const string UnsubscribePath = "/thu-dien-tu/huy";

    public static IEndpointRouteBuilder MapMailEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost(MailComposer.SettingsPath + "/luu", SaveChoicesAsync).RequireAuthorization(Policies.ViewProvince);

        // Opening the link shows what it will do; only the button (or a mail client's one-click POST, RFC 8058) acts,
        // so a link scanner that fetches every URL unsubscribes nobody.
        endpoints.MapGet(UnsubscribePath, ConfirmPage).AllowAnonymous();
        endpoints.MapPost(UnsubscribePath, UnsubscribeAsync).AllowAnonymous().DisableAntiforgery();
        return endpoints;
    }

    /// <summary>The form's checked boxes ("chon"), antiforgery-checked because the handler reads a form.</summary>
    private static async Task<RedirectHttpResult> SaveChoicesAsync(ClaimsPrincipal user, IFormCollection form, MailSubscriptions subscriptions, Writes.WriteGuard writes)
    {
        var topics = form["chon"].Take(10)
            .Select(c => Enum.TryParse<MailTopic>(c, ignoreCase: false, out var topic) && Enum.IsDefined(topic) ? topic : (MailTopic?)null)
            .OfType<MailTopic>();
        var failure = await writes.RunAsync("lựa chọn thư điện tử", () => subscriptions.SaveAsync(user, [.. topics], CancellationToken.None));
        return TypedResults.Redirect(MailComposer.SettingsPath + (failure is null ? "?ok=true" : "?loi=" + Uri.EscapeDataString(failure.ErrorId)));
    }

    private static ContentHttpResult ConfirmPage([FromQuery(Name = "t")] string? token, MailSubscriptions subscriptions)
    {
        if (subscriptions.ReadToken(token) is not { } target)
        {
            return Invalid();
        }

        var encoded = Encode(token);
        return Page(StatusCodes.Status200OK, "Hủy nhận thư",
            $"<p>Bạn sẽ không nhận “{Encode(MailSubscriptions.Describe(target.Topic))}” nữa.</p>"
            + $"<form method=\"post\" action=\"{UnsubscribePath}\"><input type=\"hidden\" name=\"t\" value=\"{encoded}\"><button type=\"submit\">Hủy nhận thư</button></form>");
    }

    private static async Task<ContentHttpResult> UnsubscribeAsync(HttpRequest request, MailSubscriptions subscriptions, CancellationToken cancellationToken)
    {
        // The token comes in the form (the page's button) or in the query (a mail client's one-click POST to the link).
        string? token = request.Query["t"];
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            token = form["t"].FirstOrDefault() ?? token;
        }

        if (subscriptions.ReadToken(token) is not { } target)
        {
            return Invalid();
        }

        var removed = await subscriptions.RemoveAsync(target, cancellationToken);
        return Page(StatusCodes.Status200OK, "Đã hủy nhận thư",
            removed
                ? $"<p data-testid=\"unsubscribed\">Bạn đã hủy nhận “{Encode(MailSubscriptions.Describe(target.Topic))}”. Có thể đăng ký lại ở trang Thư điện tử sau khi đăng nhập.</p>"
                : "<p data-testid=\"unsubscribed\">Bạn đã hủy nhận thư này từ trước.</p>");
    }

    private static readonly System.Text.Encodings.Web.HtmlEncoder Encoder = System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    private static string Encode(string? text) => Encoder.Encode(text ?? string.Empty);

    private static ContentHttpResult Invalid() => Page(StatusCodes.Status400BadRequest, "Liên kết không hợp lệ",
        "<p>Liên kết hủy nhận thư không hợp lệ hoặc đã bị sửa. Hãy đăng nhập và chọn thư nhận ở trang Thư điện tử.</p>");

    private static ContentHttpResult Page(int status, string title, string body) => TypedResults.Text(
        $"<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>{title}</title></head><body style=\"font-family:Arial,sans-serif;max-width:40em;margin:3em auto\"><h1>{title}</h1>{body}</body></html>",
        "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
}
