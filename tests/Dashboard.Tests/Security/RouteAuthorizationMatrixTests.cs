using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace TargetsDashboard.Dashboard.Tests;

/// <summary>
/// Every page, download and API route, for every role and for anonymous: allowed → 200 (or the route's own success),
/// denied → 403, anonymous → redirect to sign-in; the ingestion API without a key → 401 for everyone. A route the app maps without an entry here fails the test.
/// </summary>
public class RouteAuthorizationMatrixTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    // xunit makes a new instance per test; the clients live as long as the class fixture's app does.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, HttpClient> _clients = new();

    /// <summary>
    /// Who is asked: anonymous and one demo account per role (two unit heads: a department and a ward; and the same two
    /// units' focal officers, who see what their head sees).
    /// </summary>
    public static readonly string?[] Users = [null, "quantri", "vanphong", "lanhdao", "so-tu-phap", "phuong-bien-hoa", "dau-moi-so-tu-phap", "dau-moi-phuong-bien-hoa"];

    private const HttpStatusCode Ok = HttpStatusCode.OK;
    private const HttpStatusCode SignIn = HttpStatusCode.Redirect;
    private const HttpStatusCode Denied = HttpStatusCode.Forbidden;
    private const HttpStatusCode NotFound = HttpStatusCode.NotFound;
    private const HttpStatusCode BadRequest = HttpStatusCode.BadRequest;

    /// <summary>The ingestion API asks only for an API key: no key, whoever is signed in, is 401 (never a sign-in redirect).</summary>
    private const HttpStatusCode NoKey = HttpStatusCode.Unauthorized;

    /// <summary>Route pattern → requests to make, with the expected status per user in the order of <see cref="Users"/>.</summary>
    private static readonly Dictionary<string, (string Method, string Url, HttpStatusCode[] Expected)[]> Matrix = new()
    {
        ["/"] = [("GET", "/?ky=2025-10", [SignIn, Ok, Ok, Ok, Ok, Ok, Ok, Ok])],
        ["/chi-tieu/{Code}"] = [("GET", "/chi-tieu/DIGITIZED?ky=2025-10", [SignIn, Ok, Ok, Ok, Ok, Ok, Ok, Ok])],
        ["/don-vi/{UnitCode}"] =
        [
            ("GET", "/don-vi/so-tu-phap?ky=2025-10", [SignIn, Ok, Ok, Ok, Ok, Denied, Ok, Denied]),
            ("GET", "/don-vi/phuong-bien-hoa?ky=2025-10", [SignIn, Ok, Ok, Ok, Denied, Ok, Denied, Ok]),
        ],
        ["/don-vi/{UnitCode}/sua-so-lieu"] =
        [
            ("GET", "/don-vi/so-tu-phap/sua-so-lieu?ky=2025-10", [SignIn, Ok, Ok, Denied, Denied, Denied, Denied, Denied]),
            ("GET", "/don-vi/phuong-bien-hoa/sua-so-lieu?ky=2025-10", [SignIn, Ok, Ok, Denied, Denied, Denied, Denied, Denied]),
        ],
        // A unit's submission: its own head and focal officer, and the reviewers; never another unit's, never leadership.
        ["/don-vi/{UnitCode}/nop-bao-cao"] =
        [
            ("GET", "/don-vi/so-tu-phap/nop-bao-cao?thang=2025-10", [SignIn, Ok, Ok, Denied, Ok, Denied, Ok, Denied]),
            ("GET", "/don-vi/phuong-bien-hoa/nop-bao-cao?thang=2025-10", [SignIn, Ok, Ok, Denied, Denied, Ok, Denied, Ok]),
        ],
        ["/tinh-hinh-nop-bao-cao"] = [("GET", "/tinh-hinh-nop-bao-cao?thang=2025-10", [SignIn, Ok, Ok, Denied, Denied, Denied, Denied, Denied])],
        ["/tinh-hinh-nop-bao-cao/{month}.xlsx"] = [("GET", "/tinh-hinh-nop-bao-cao/2025-10.xlsx?trang-thai=chua-nop", [SignIn, Ok, Ok, Denied, Denied, Denied, Denied, Denied])],
        ["/xep-hang"] = [("GET", "/xep-hang?ky=2025-10", [SignIn, Ok, Ok, Ok, Ok, Ok, Ok, Ok])],
        ["/xep-hang/tom-tat"] = [("GET", "/xep-hang/tom-tat?ky=2025-10", [SignIn, Ok, Ok, Ok, Ok, Ok, Ok, Ok])],
        ["/chi-so-766"] = [("GET", "/chi-so-766?ky=2025-YTD10", [SignIn, Ok, Ok, Ok, Ok, Ok, Ok, Ok])],
        ["/chi-so-766/xep-hang"] = [("GET", "/chi-so-766/xep-hang?ky=2025-YTD10", [SignIn, Ok, Ok, Ok, Ok, Ok, Ok, Ok])],
        ["/chi-so-766/nhom/{GroupCode}"] = [("GET", "/chi-so-766/nhom/DIGITISATION?ky=2025-YTD10", [SignIn, Ok, Ok, Ok, Ok, Ok, Ok, Ok])],
        ["/chi-so-766/chi-so/{Code}"] = [("GET", "/chi-so-766/chi-so/ON_TIME?ky=2025-YTD10", [SignIn, Ok, Ok, Ok, Ok, Ok, Ok, Ok])],
        // The province's national rank is entered by the office (and the administrator), never by leadership or units.
        ["/chi-so-766/thu-hang-toan-quoc"] = [("GET", "/chi-so-766/thu-hang-toan-quoc", [SignIn, Ok, Ok, Denied, Denied, Denied, Denied, Denied])],
        ["/chi-so-766/don-vi/{UnitCode}"] =
        [
            ("GET", "/chi-so-766/don-vi/so-tu-phap?ky=2025-YTD10", [SignIn, Ok, Ok, Ok, Ok, Denied, Ok, Denied]),
            ("GET", "/chi-so-766/don-vi/phuong-bien-hoa?ky=2025-YTD10", [SignIn, Ok, Ok, Ok, Denied, Ok, Denied, Ok]),
        ],
        ["/bao-cao/don-vi/{unitCode}/{month}.pdf"] =
        [
            ("GET", "/bao-cao/don-vi/so-tu-phap/2025-10.pdf", [SignIn, Ok, Ok, Ok, Ok, Denied, Ok, Denied]),
            ("GET", "/bao-cao/don-vi/phuong-bien-hoa/2025-10.pdf", [SignIn, Ok, Ok, Ok, Denied, Ok, Denied, Ok]),
        ],
        ["/bao-cao/don-vi/{unitCode}/{month}.xlsx"] =
        [
            ("GET", "/bao-cao/don-vi/so-tu-phap/2025-10.xlsx", [SignIn, Ok, Ok, Ok, Ok, Denied, Ok, Denied]),
            ("GET", "/bao-cao/don-vi/phuong-bien-hoa/2025-10.xlsx", [SignIn, Ok, Ok, Ok, Denied, Ok, Denied, Ok]),
        ],
        ["/bao-cao/tong-hop/{month}.pdf"] = [("GET", "/bao-cao/tong-hop/2025-10.pdf", [SignIn, Ok, Ok, Ok, Denied, Denied, Denied, Denied])],
        ["/bao-cao/tong-hop/{month}.xlsx"] = [("GET", "/bao-cao/tong-hop/2025-10.xlsx", [SignIn, Ok, Ok, Ok, Denied, Denied, Denied, Denied])],
        ["/bao-cao/du-lieu.xlsx"] = [("GET", "/bao-cao/du-lieu.xlsx?tu=2025-09&den=2025-10", [SignIn, Ok, Ok, Ok, Denied, Denied, Denied, Denied])],
        ["/bao-cao/tat-ca"] = [("GET", "/bao-cao/tat-ca?thang=2025-10", [SignIn, Ok, Ok, Ok, Denied, Denied, Denied, Denied])],

        // A month without figures: allowed roles get past the check to "nothing to build" (404) without starting a job.
        ["/bao-cao/tat-ca/{month}"] = [("POST", "/bao-cao/tat-ca/2020-01", [SignIn, NotFound, NotFound, NotFound, Denied, Denied, Denied, Denied])],
        ["/bao-cao/tat-ca/trang-thai/{id:guid}"] = [("GET", "/bao-cao/tat-ca/trang-thai/2f1c7a52-0000-4000-8000-000000000001", [SignIn, NotFound, NotFound, NotFound, Denied, Denied, Denied, Denied])],
        ["/bao-cao/tat-ca/{id:guid}.zip"] = [("GET", "/bao-cao/tat-ca/2f1c7a52-0000-4000-8000-000000000001.zip", [SignIn, NotFound, NotFound, NotFound, Denied, Denied, Denied, Denied])],
        ["/quan-tri/nguoi-dung"] = [("GET", "/quan-tri/nguoi-dung", [SignIn, Ok, Denied, Denied, Denied, Denied, Denied, Denied])],
        ["/quan-tri/don-vi"] = [("GET", "/quan-tri/don-vi", [SignIn, Ok, Denied, Denied, Denied, Denied, Denied, Denied])],
        ["/quan-tri/khoa-so"] = [("GET", "/quan-tri/khoa-so", [SignIn, Ok, Denied, Denied, Denied, Denied, Denied, Denied])],
        ["/quan-tri/chi-tieu"] = [("GET", "/quan-tri/chi-tieu", [SignIn, Ok, Denied, Denied, Denied, Denied, Denied, Denied])],
        ["/quan-tri/don-vi/mau.xlsx"] = [("GET", "/quan-tri/don-vi/mau.xlsx", [SignIn, Ok, Denied, Denied, Denied, Denied, Denied, Denied])],
        ["/quan-tri/chi-so"] = [("GET", "/quan-tri/chi-so", [SignIn, Ok, Denied, Denied, Denied, Denied, Denied, Denied])],
        ["/quan-tri/chi-so-766"] = [("GET", "/quan-tri/chi-so-766", [SignIn, Ok, Denied, Denied, Denied, Denied, Denied, Denied])],
        ["/quan-tri/khoa-api"] = [("GET", "/quan-tri/khoa-api", [SignIn, Ok, Denied, Denied, Denied, Denied, Denied, Denied])],
        ["/quan-tri/thu-dien-tu"] = [("GET", "/quan-tri/thu-dien-tu?trang-thai=loi", [SignIn, Ok, Denied, Denied, Denied, Denied, Denied, Denied])],
        ["/quan-tri/thu-dien-tu/{Id:long}"] = [("GET", "/quan-tri/thu-dien-tu/999999", [SignIn, NotFound, Denied, Denied, Denied, Denied, Denied, Denied])],
        ["/tai-khoan/thu-dien-tu"] = [("GET", "/tai-khoan/thu-dien-tu", [SignIn, Ok, Ok, Ok, Ok, Ok, Ok, Ok])],

        // The unsubscribe link works without signing in: its signed token is the permission (MailDeliveryTests); a
        // request without a valid token is refused for everyone alike.
        ["/thu-dien-tu/huy"] = [("GET", "/thu-dien-tu/huy?t=khong-hop-le", [BadRequest, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]), ("POST", "/thu-dien-tu/huy?t=khong-hop-le", [BadRequest, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest])],

        ["/api/v1/figures"] = [("POST", "/api/v1/figures", [NoKey, NoKey, NoKey, NoKey, NoKey, NoKey, NoKey, NoKey]), ("GET", "/api/v1/figures", [NoKey, NoKey, NoKey, NoKey, NoKey, NoKey, NoKey, NoKey])],

        // The API's contract: public on purpose (no figures, no keys), see IngestionEndpoints.
        ["/openapi/{documentName}.json"] = [("GET", "/openapi/v1.json", [Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok])],
        ["/nhap-so-lieu"] = [("GET", "/nhap-so-lieu?thang=2025-11", [SignIn, Ok, Ok, Denied, Denied, Denied, Denied, Denied])],
        ["/nhap-so-lieu/lich-su"] = [("GET", "/nhap-so-lieu/lich-su", [SignIn, Ok, Ok, Denied, Denied, Denied, Denied, Denied])],
        ["/nhap-so-lieu/lich-su/{Id:long}"] = [("GET", "/nhap-so-lieu/lich-su/999999", [SignIn, NotFound, NotFound, Denied, Denied, Denied, Denied, Denied])],
        ["/nhap-so-lieu/mau/{month}.xlsx"] = [("GET", "/nhap-so-lieu/mau/2025-11.xlsx", [SignIn, Ok, Ok, Denied, Denied, Denied, Denied, Denied])],
        ["/_diagnostics/memory"] = [("GET", "/_diagnostics/memory", [SignIn, Ok, Denied, Denied, Denied, Denied, Denied, Denied])],
        ["/dang-nhap"] = [("GET", "/dang-nhap", [Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok])],
        ["/tai-khoan/doi-mat-khau"] = [("GET", "/tai-khoan/doi-mat-khau", [SignIn, Ok, Ok, Ok, Ok, Ok, Ok, Ok])],
        ["/khong-co-quyen"] = [("GET", "/khong-co-quyen", [SignIn, Ok, Ok, Ok, Ok, Ok, Ok, Ok])],
        ["/not-found"] = [("GET", "/not-found", [Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok])],
        ["/error"] = [("GET", "/error", [Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok])],

        // Health for load balancers and monitoring: anonymous on purpose, no data (HealthEndpointTests).
        ["/healthz"] = [("GET", "/healthz", [Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok])],
        ["/healthz/ready"] = [("GET", "/healthz/ready", [Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok])],
    };

    /// <summary>Routes that are not pages or data: sign-in form posts and the Blazor hub, checked by their own tests below.</summary>
    private static readonly HashSet<string> CoveredElsewhere =
    [
        "/tai-khoan/dang-nhap",
        "/tai-khoan/dang-xuat",
        "/tai-khoan/doi-mat-khau (POST)",
        "/tai-khoan/thu-dien-tu/luu",
        "/_blazor",
        "/_blazor/negotiate",
        "/_blazor/initializers",
        "/_blazor/disconnect",
        "/_framework/opaque-redirect",
        // Static files of the app and its packages (CSS, JS, fonts): public by design, like any site's stylesheets.
        "/{**path:file}",
    ];

    [Fact]
    public void Matrix_EveryMappedRoute_HasAnEntry()
    {
        var routes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor>() is null)
            .Select(e => Describe(e))
            .Distinct()
            .ToList();

        var missing = routes.Where(r => !Matrix.ContainsKey(r) && !CoveredElsewhere.Contains(r)).ToList();

        Assert.True(missing.Count == 0, "Routes without an entry in the role × route matrix: " + string.Join(", ", missing));
    }

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var route in Matrix.Keys)
        {
            for (var user = 0; user < Users.Length; user++)
            {
                data.Add(route, user);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Route_EachUser_GetsTheExpectedStatus(string route, int user)
    {
        var userName = Users[user];
        var client = await ClientAsync(userName);

        foreach (var (method, url, expected) in Matrix[route])
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative));
            using var response = await client.SendAsync(request);

            Assert.True(expected[user] == response.StatusCode, $"{userName ?? "anonymous"} {method} {url}: expected {expected[user]}, got {response.StatusCode}.");
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                Assert.StartsWith("/dang-nhap", response.Headers.Location?.IsAbsoluteUri == true ? response.Headers.Location.PathAndQuery : response.Headers.Location?.OriginalString, StringComparison.Ordinal);
            }
        }
    }

    /// <summary>One signed-in client per user for the whole matrix: signing in hashes a password, 100 times over is slow.</summary>
    private async Task<HttpClient> ClientAsync(string? userName)
    {
        var key = userName ?? string.Empty;
        if (!_clients.TryGetValue(key, out var client))
        {
            client = userName is null
                ? factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
                : await factory.SignedInClientAsync(userName, followRedirects: false);
            _clients[key] = client;
        }

        return client;
    }

    [Fact]
    public async Task BlazorHub_Anonymous_CannotNegotiateACircuit()
    {
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var negotiate = await client.PostAsync(new Uri("/_blazor/negotiate?negotiateVersion=1", UriKind.Relative), null);
        using var connect = await client.GetAsync(new Uri("/_blazor?id=anything", UriKind.Relative));

        // No connection id is handed out (antiforgery or authorisation refuses first), and the hub itself demands sign-in.
        Assert.NotEqual(HttpStatusCode.OK, negotiate.StatusCode);
        Assert.DoesNotContain("connectionId", await negotiate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, connect.StatusCode);
    }

    private static string Describe(RouteEndpoint endpoint)
    {
        var pattern = "/" + (endpoint.RoutePattern.RawText ?? string.Empty).Trim('/');
        var methods = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods;
        return methods is not null && methods.Contains("POST") && pattern == "/tai-khoan/doi-mat-khau" ? pattern + " (POST)" : pattern;
    }
}
