using System.Globalization;
using System.Text;
using System.Text.Json;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Data.Seeding;

/// <summary>A unit listed in the province's reference file.</summary>
public sealed record CatalogUnit(string Code, string Name, UnitKind Kind);

/// <summary>Reads a province's unit list (the demo's is shipped with the app, copied from shared/data) and gives each unit a stable code.</summary>
public static class UnitCatalog
{
    /// <summary>The province of the demo units shipped with the app.</summary>
    public const string DemoProvinceName = "Đồng Nai";

    private const string ResourceName = "TargetsDashboard.Data.Seeding.dong-nai-units.json";

    public static IReadOnlyList<CatalogUnit> DongNai()
    {
        using var stream = typeof(UnitCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Missing embedded resource {ResourceName}.");
        return Read(stream);
    }

    /// <summary>Reads a units file (Province:UnitCatalog); a file that is missing or not in the expected shape gives a message naming it.</summary>
    public static IReadOnlyList<CatalogUnit> Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        try
        {
            using var stream = File.OpenRead(path);
            var units = Read(stream);
            return units.Count > 0 ? units : throw new InvalidDataException("it lists no unit under \"departments\" or \"communes\"");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidDataException or ArgumentException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"Province:UnitCatalog: cannot read the units file {path}: {e.Message}", e);
        }
    }

    public static IReadOnlyList<CatalogUnit> Read(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        var units = new List<CatalogUnit>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in new[] { "departments", "communes" })
        {
            if (!document.RootElement.TryGetProperty(section, out var list))
            {
                continue;
            }

            foreach (var item in list.EnumerateArray())
            {
                var name = item.GetProperty("name").GetString() ?? throw new InvalidDataException("A unit has no name.");
                var kind = Enum.Parse<UnitKind>(item.GetProperty("kind").GetString() ?? "Commune");
                units.Add(new CatalogUnit(UniqueCode(Slug(name), codes), name, kind));
            }
        }

        return units;
    }

    /// <summary>Names that differ only in diacritics ("Lộc Thạnh", "Lộc Thành") share a slug: later ones get "-2", "-3" in file order.</summary>
    /// <param name="taken">Codes already used; the returned code is added to it.</param>
    public static string UniqueCode(string slug, ISet<string> taken)
    {
        var code = slug;
        for (var n = 2; !taken.Add(code); n++)
        {
            code = string.Create(CultureInfo.InvariantCulture, $"{slug}-{n}");
        }

        return code;
    }

    /// <summary>"Sở Tư pháp" → "so-tu-phap": ASCII, lower case, hyphens; used in codes, URLs and file names.</summary>
    public static string Slug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Replace('Đ', 'D').Replace('đ', 'd').Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return builder.ToString();
    }
}
