using System.Diagnostics;

namespace TargetsDashboard.Reporting.Tests;

/// <summary>poppler-utils (pdftotext, pdftoppm), installed here and by CI, to read what a PDF shows.</summary>
internal static class PdfTools
{
    /// <summary>The text with its layout (columns side by side), for the header; or in reading order, cell by cell, for tables.</summary>
    public static string ExtractText(byte[] pdf, bool layout = true)
    {
        var file = Path.Combine(Path.GetTempPath(), $"report-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            return Run("pdftotext", layout ? ["-layout", "-enc", "UTF-8", file, "-"] : ["-enc", "UTF-8", file, "-"]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Renders every page to PNG at 80 dpi: <paramref name="prefix"/>-1.png, -2.png, …; returns the paths.</summary>
    public static IReadOnlyList<string> RenderPages(string pdfPath, string prefix)
    {
        Run("pdftoppm", ["-png", "-r", "80", pdfPath, prefix]);
        var folder = Path.GetDirectoryName(prefix)!;
        var name = Path.GetFileName(prefix);
        return [.. Directory.GetFiles(folder, name + "-*.png").Order(StringComparer.Ordinal)];
    }

    public static int PageCount(string text) => text.Split('\f', StringSplitOptions.RemoveEmptyEntries).Count(p => !string.IsNullOrWhiteSpace(p));

    private static string Run(string tool, string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {error.Result}");
        return output.Result;
    }
}
