using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TargetsDashboard.Dashboard.Api;

namespace TargetsDashboard.Dashboard.Tests;

/// <summary>
/// Every route, with each of its route parameters and each query key the app reads replaced in turn by a hostile
/// value, asked by the administrator and by an anonymous visitor: nothing answers 500. A route the app maps without an
/// entry here fails the test, and so does a query key a page or endpoint reads that its entry does not list.
/// </summary>
public class HostileInputTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, HttpClient> _clients = new();

    /// <summary>Raw values; each is URL-escaped where it goes into a URL and JSON-escaped in the API's body.</summary>
    public static readonly string[] Tokens =
    [
        "9999-12", "1900-01", "0000-00", "2025-13", "2000-01", "2099-12", "2100-01", "9999", "1900-Q1", "9999-YTD12",
        "99999999999", "2147483648", "-1", "0", "\0", "\t", new string('a', 5_000), "../../etc/passwd",
        "<script>alert(1)</script>", "Tháng mười năm 2025", "true", string.Empty,
    ];

    /// <summary>Valid values for the route parameters that are not being replaced.</summary>
    private static readonly Dictionary<string, string> RouteDefaults = new(StringComparer.Ordinal)
    {
        ["Code"] = "DIGITIZED",
        ["UnitCode"] = "so-tu-phap",
        ["GroupCode"] = "DIGITISATION",
        ["unitCode"] = "so-tu-phap",

        // A month without figures for the zip: a hostile group must not start a 110-unit job.
        ["month"] = "2025-10",
        ["id"] = "2f1c7a52-0000-4000-8000-000000000001",
        ["Id"] = "999999",
        ["documentName"] = "v1",
    };

    private sealed record Target(string Method, string Path, string[] QueryKeys, string? Body = null, Dictionary<string, string>? Defaults = null);

    private static Target Get(string path, params string[] keys) => new("GET", path, keys);

    /// <summary>Route pattern → how to call it and the query keys it reads (the keys the app reads are checked below).</summary>
    private static readonly Dictionary<string, Target> Routes = new()
    {
        ["/"] = Get("/", "ky", "nhom", "sx", "giam", "tim", "trang"),
        ["/chi-tieu/{Code}"] = Get("/chi-tieu/{Code}", "ky", "nhom", "trang"),
        ["/don-vi/{UnitCode}"] = Get("/don-vi/{UnitCode}", "ky"),
        ["/don-vi/{UnitCode}/sua-so-lieu"] = Get("/don-vi/{UnitCode}/sua-so-lieu", "ky"),
        ["/don-vi/{UnitCode}/nop-bao-cao"] = Get("/don-vi/{UnitCode}/nop-bao-cao", "thang"),
        ["/tinh-hinh-nop-bao-cao"] = Get("/tinh-hinh-nop-bao-cao", "thang", "trang-thai", "nhom"),
        ["/tinh-hinh-nop-bao-cao/{month}.xlsx"] = Get("/tinh-hinh-nop-bao-cao/{month}.xlsx", "trang-thai", "nhom"),
        ["/xep-hang"] = Get("/xep-hang", "ky", "dv", "trang-so", "trang-xa"),
        ["/xep-hang/tom-tat"] = Get("/xep-hang/tom-tat", "ky"),
        ["/chi-so-766"] = Get("/chi-so-766", "ky"),
        ["/chi-so-766/xep-hang"] = Get("/chi-so-766/xep-hang", "ky", "dv", "trang-so", "trang-xa"),
        ["/chi-so-766/nhom/{GroupCode}"] = Get("/chi-so-766/nhom/{GroupCode}", "ky"),
        ["/chi-so-766/chi-so/{Code}"] = Get("/chi-so-766/chi-so/{Code}", "ky", "nhom", "trang"),
        ["/chi-so-766/thu-hang-toan-quoc"] = Get("/chi-so-766/thu-hang-toan-quoc"),
        ["/chi-so-766/don-vi/{UnitCode}"] = Get("/chi-so-766/don-vi/{UnitCode}", "ky"),
        ["/bao-cao/don-vi/{unitCode}/{month}.pdf"] = Get("/bao-cao/don-vi/{unitCode}/{month}.pdf"),
        ["/bao-cao/don-vi/{unitCode}/{month}.xlsx"] = Get("/bao-cao/don-vi/{unitCode}/{month}.xlsx"),
        ["/bao-cao/tong-hop/{month}.pdf"] = Get("/bao-cao/tong-hop/{month}.pdf"),
        ["/bao-cao/tong-hop/{month}.xlsx"] = Get("/bao-cao/tong-hop/{month}.xlsx"),
        ["/bao-cao/du-lieu.xlsx"] = Get("/bao-cao/du-lieu.xlsx", "tu", "den"),
        ["/bao-cao/tat-ca"] = Get("/bao-cao/tat-ca", "thang"),
        ["/bao-cao/tat-ca/{month}"] = new("POST", "/bao-cao/tat-ca/{month}", ["nhom"], Defaults: new() { ["month"] = "2020-01" }),
        ["/bao-cao/tat-ca/trang-thai/{id:guid}"] = Get("/bao-cao/tat-ca/trang-thai/{id}"),
        ["/bao-cao/tat-ca/{id:guid}.zip"] = Get("/bao-cao/tat-ca/{id}.zip"),
        ["/quan-tri/nguoi-dung"] = Get("/quan-tri/nguoi-dung"),
        ["/quan-tri/don-vi"] = Get("/quan-tri/don-vi"),
        ["/quan-tri/khoa-so"] = Get("/quan-tri/khoa-so"),
        ["/quan-tri/chi-tieu"] = Get("/quan-tri/chi-tieu"),
        ["/quan-tri/chi-so"] = Get("/quan-tri/chi-so"),
        ["/quan-tri/chi-so-766"] = Get("/quan-tri/chi-so-766"),
        ["/quan-tri/don-vi/mau.xlsx"] = Get("/quan-tri/don-vi/mau.xlsx"),
        ["/healthz"] = Get("/healthz"),
        ["/healthz/ready"] = Get("/healthz/ready"),
        ["/quan-tri/khoa-api"] = Get("/quan-tri/khoa-api"),
        ["/quan-tri/thu-dien-tu"] = Get("/quan-tri/thu-dien-tu", "trang-thai", "trang"),
        ["/quan-tri/thu-dien-tu/{Id:long}"] = Get("/quan-tri/thu-dien-tu/{Id}"),
        ["/tai-khoan/thu-dien-tu"] = Get("/tai-khoan/thu-dien-tu", "ok", "loi"),
        ["/thu-dien-tu/huy"] = Get("/thu-dien-tu/huy", "t"),

        // The body's month and mode are what a source system controls; {month} and {mode} are replaced in it.
        ["/api/v1/figures"] = new(
            "POST",
            "/api/v1/figures",
            ["{month}", "{mode}"],
            """{ "month": {month}, "mode": {mode}, "items": [ { "unitCode": "so-tu-phap", "indicatorCode": "DIGITIZED", "numerator": 1, "denominator": 2 } ] }""",
            new() { ["{month}"] = "2020-01", ["{mode}"] = "addMissing" }),
        ["/openapi/{documentName}.json"] = Get("/openapi/{documentName}.json"),
        ["/nhap-so-lieu"] = Get("/nhap-so-lieu", "thang", "luy-ke"),
        ["/nhap-so-lieu/lich-su"] = Get("/nhap-so-lieu/lich-su"),
        ["/nhap-so-lieu/lich-su/{Id:long}"] = Get("/nhap-so-lieu/lich-su/{Id}"),
        ["/nhap-so-lieu/mau/{month}.xlsx"] = Get("/nhap-so-lieu/mau/{month}.xlsx", "kem-so-lieu"),
        ["/_diagnostics/memory"] = Get("/_diagnostics/memory"),
        ["/dang-nhap"] = Get("/dang-nhap", "returnUrl", "loi"),
        ["/tai-khoan/doi-mat-khau"] = Get("/tai-khoan/doi-mat-khau", "loi", "ok"),
        ["/khong-co-quyen"] = Get("/khong-co-quyen"),
        ["/not-found"] = Get("/not-found"),
        ["/error"] = Get("/error"),
    };

    /// <summary>Routes not walked here, each with its reason.</summary>
    private static readonly Dictionary<string, string> NotWalked = new()
    {
        // Form posts: without the page's antiforgery token they are refused (400) before a value is read; their
        // values are checked by AccountTests (and walking them would lock or sign out the accounts used here).
        ["/tai-khoan/dang-nhap"] = "form post",
        ["/tai-khoan/dang-xuat"] = "form post",
        ["/tai-khoan/doi-mat-khau (POST)"] = "form post",
        ["/tai-khoan/thu-dien-tu/luu"] = "form post",

        // The Blazor hub and its transport: checked by RouteAuthorizationMatrixTests; the circuit by the browser tests.
        ["/_blazor"] = "hub",
        ["/_blazor/negotiate"] = "hub",
        ["/_blazor/initializers"] = "hub",
        ["/_blazor/disconnect"] = "hub",
        ["/_framework/opaque-redirect"] = "hub",
        ["/{**path:file}"] = "static files",
    };

    [Fact]
    public void Routes_EveryMappedRoute_IsWalkedOrSaysWhyNot()
    {
        var missing = MappedRoutes().Select(r => r.Pattern).Distinct()
            .Where(r => !Routes.ContainsKey(r) && !NotWalked.ContainsKey(r))
            .ToList();

        Assert.True(missing.Count == 0, "Routes without an entry in HostileInputTests.Routes: " + string.Join(", ", missing));
    }

    [Fact]
    public void Routes_EveryQueryKeyTheAppReads_IsWalked()
    {
        var missing = new List<string>();
        foreach (var (pattern, endpoint) in MappedRoutes().Where(r => Routes.ContainsKey(r.Pattern)))
        {
            foreach (var key in QueryKeysRead(endpoint).Where(k => !Routes[pattern].QueryKeys.Contains(k, StringComparer.Ordinal)))
            {
                missing.Add($"{pattern} ?{key}");
            }
        }

        Assert.True(missing.Count == 0, "Query keys read by the app but not walked: " + string.Join(", ", missing.Distinct()));
    }

    public static TheoryData<string> RouteCases() => [.. Routes.Keys];

    [Theory]
    [MemberData(nameof(RouteCases))]
    public async Task Route_HostileValueInEachParameterAndKey_NeverAnswers500(string route)
    {
        var target = Routes[route];
        var failures = new List<string>();
        foreach (var user in new[] { "quantri", null })
        {
            var client = await ClientAsync(user);
            // A NUL in a path is refused by Kestrel (400) before the app; the test server cannot even carry it.
            var cases = Slots(target).SelectMany(slot => Tokens.Select(token => (slot, token)))
                .Where(c => !(target.Path.Contains('{' + c.slot + '}', StringComparison.Ordinal) && c.token.Contains('\0', StringComparison.Ordinal)));
            foreach (var (slot, token) in cases)
            {
                using var request = Request(target, slot, token, user is null ? null : await ApiKeyAsync());
                using var response = await client.SendAsync(request);
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{user ?? "anonymous"} {request.Method} {Shorten(request.RequestUri!.OriginalString)} [{slot} = {Shorten(token)}]: {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    /// <summary>The route parameters and query keys of a target, each replaced on its own.</summary>
    private static IEnumerable<string> Slots(Target target) =>
        target.Path.Split('/').SelectMany(segment => System.Text.RegularExpressions.Regex.Matches(segment, @"\{(\w+)\}").Select(m => m.Groups[1].Value))
            .Concat(target.QueryKeys);

    private static HttpRequestMessage Request(Target target, string slot, string token, string? apiKey)
    {
        string ValueOf(string name) => name == slot ? token : target.Defaults?.GetValueOrDefault(name) ?? RouteDefaults.GetValueOrDefault(name)
            ?? throw new InvalidOperationException($"No default for “{name}” of {target.Path}: add one to RouteDefaults.");

        var path = System.Text.RegularExpressions.Regex.Replace(target.Path, @"\{(\w+)\}", m => Uri.EscapeDataString(ValueOf(m.Groups[1].Value)));
        var query = target.Body is null && target.QueryKeys.Contains(slot) ? $"?{slot}={Uri.EscapeDataString(token)}" : string.Empty;
        var request = new HttpRequestMessage(new HttpMethod(target.Method), new Uri(path + query, UriKind.Relative));
        if (target.Body is { } body)
        {
            foreach (var key in target.QueryKeys)
            {
                body = body.Replace(key, JsonSerializer.Serialize(ValueOf(key)), StringComparison.Ordinal);
            }

            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
            if (apiKey is not null)
            {
                request.Headers.Add(ApiKeyAuthenticationHandler.HeaderName, apiKey);
            }
        }

        return request;
    }

    private IEnumerable<(string Pattern, RouteEndpoint Endpoint)> MappedRoutes() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor>() is null)
            .Select(e => (Describe(e), e));

    /// <summary>What an endpoint reads from the query string: a page's [SupplyParameterFromQuery] properties, a handler's simple parameters not bound elsewhere.</summary>
    private static IEnumerable<string> QueryKeysRead(RouteEndpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is { } component)
        {
            return component.Type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                .Select(p => (p, a: p.GetCustomAttribute<SupplyParameterFromQueryAttribute>()))
                .Where(x => x.a is not null)
                .Select(x => x.a!.Name ?? x.p.Name);
        }

        if (endpoint.Metadata.GetMetadata<MethodInfo>() is { } handler)
        {
            var routeNames = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            return handler.GetParameters()
                .Where(p => !routeNames.Contains(p.Name!) && IsSimple(p.ParameterType)
                    && p.GetCustomAttribute<FromFormAttribute>() is null && p.GetCustomAttribute<FromServicesAttribute>() is null
                    && p.GetCustomAttribute<FromHeaderAttribute>() is null && p.GetCustomAttribute<FromBodyAttribute>() is null)
                .Select(p => p.GetCustomAttribute<FromQueryAttribute>()?.Name ?? p.Name!);
        }

        return [];
    }

    private static bool IsSimple(Type type)
    {
        var inner = Nullable.GetUnderlyingType(type) ?? type;
        return inner == typeof(string) || inner.IsPrimitive || inner == typeof(Guid) || inner == typeof(DateOnly);
    }

    private static string Describe(RouteEndpoint endpoint)
    {
        var pattern = "/" + (endpoint.RoutePattern.RawText ?? string.Empty).Trim('/');
        var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods;
        return methods is not null && methods.Contains("POST") && pattern == "/tai-khoan/doi-mat-khau" ? pattern + " (POST)" : pattern;
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 80), "…");

    private async Task<HttpClient> ClientAsync(string? userName)
    {
        var key = userName ?? string.Empty;
        if (!_clients.TryGetValue(key, out var client))
        {
            client = userName is null
                ? factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
                : await factory.SignedInClientAsync(userName, followRedirects: false);
            _clients[key] = client;
        }

        return client;
    }

    private static string? _apiKey;

    /// <summary>One key for the whole walk, issued as the administrator would (the API ignores the sign-in cookie).</summary>
    private async Task<string> ApiKeyAsync()
    {
        if (_apiKey is null)
        {
            var issued = await factory.Services.GetRequiredService<ApiKeys>().IssueAsync("Hostile walk", "quantri");
            _apiKey = issued.Issued!.Key;
        }

        return _apiKey;
    }
}
