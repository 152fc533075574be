using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace TargetsDashboard.Dashboard.Api;

/// <summary>
/// The <c>ApiKey</c> scheme: a source system presents its key in the <c>X-Api-Key</c> header. Only the API's policy
/// names this scheme, so a key never opens a page and a sign-in cookie never authorises the API.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeys keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    public const string HeaderName = "X-Api-Key";

    /// <summary>The <see cref="Data.Entities.ApiClient"/> id: present only on principals this scheme made.</summary>
    public const string ClientIdClaim = "api_client_id";

    /// <summary>How an API client appears in the audit log and the import history: "api:he-thong-tthc".</summary>
    public static string ActorName(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return "api:" + principal.Identity?.Name;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values) || string.IsNullOrWhiteSpace(values))
        {
            return AuthenticateResult.NoResult();
        }

        var client = values.Count == 1 ? await keys.ValidateAsync(values.ToString().Trim(), Context.RequestAborted) : null;
        if (client is null)
        {
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, client.Name), new Claim(ClientIdClaim, client.Id.ToString(CultureInfo.InvariantCulture))],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    /// <summary>401 with a problem body that says what to do, instead of a redirect to a sign-in page a machine cannot use.</summary>
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var presented = Request.Headers.ContainsKey(HeaderName);
        Response.Headers.WWWAuthenticate = $"{SchemeName} header=\"{HeaderName}\"";
        var detail = presented
            ? "Khóa API không hợp lệ hoặc đã bị thu hồi. Hãy liên hệ quản trị viên hệ thống để được cấp khóa mới."
            : $"Thiếu khóa API: hãy gửi khóa trong tiêu đề {HeaderName}. Đăng nhập bằng tài khoản người dùng không dùng được cho API.";
        await WriteProblemAsync(StatusCodes.Status401Unauthorized, "Chưa xác thực", detail);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(StatusCodes.Status403Forbidden, "Không có quyền", "Khóa API này không được phép gọi chức năng này.");

    private Task WriteProblemAsync(int status, string title, string detail)
    {
        Response.StatusCode = status;
        return Response.WriteAsJsonAsync(new ApiProblem(title, status, detail), ApiJson.Options, ApiProblem.ContentType, Context.RequestAborted);
    }
}
