namespace TargetsDashboard.Reporting.Tests;

/// <summary>artifacts/reports at the repository root: generated files kept for people (and CI) to look at.</summary>
internal static class Artifacts
{
    public static string Folder { get; } = Find();

    public static string Save(string name, byte[] content)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TargetsDashboard.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? Path.GetTempPath(), "artifacts", "reports");
    }
}
