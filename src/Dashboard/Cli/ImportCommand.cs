using System.Globalization;
using TargetsDashboard.Dashboard.Api;
using TargetsDashboard.Ingestion;
using TargetsDashboard.Ingestion.Excel;

namespace TargetsDashboard.Dashboard.Cli;

/// <summary>
/// Imports a month's figures from the Excel template or from a JSON body of the ingestion API, through the same
/// rules, writer, history and audit as the import page and the API (<see cref="FigureImporter"/>).
/// </summary>
public sealed class ImportCommand : IOperatorCommand
{
    public string Name => "import";

    public IReadOnlyCollection<string> Options { get; } = ["file", "month", "mode", "figures"];

    public string Usage => "import --file TỆP.xlsx|TỆP.json --month yyyy-MM --mode replace|add-missing [--figures month|year-to-date]";

    public string Summary => "Nhập số liệu một tháng từ tệp mẫu Excel hoặc tệp JSON của API; cùng quy tắc với trang Nhập số liệu: ghi tất cả hoặc không ghi gì.";

    public async Task<int> RunAsync(CommandArguments arguments, IServiceProvider services, CommandOutput output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        if (arguments.Value("file") is not { } file || arguments.Value("month") is not { } monthText || arguments.Value("mode") is not { } modeText)
        {
            return output.Usage(this, "Cần --file, --month và --mode.");
        }

        if (!YearMonth.TryParseIso(monthText, out var month))
        {
            return output.Usage(this, $"Tháng “{monthText}” không hợp lệ (dạng yyyy-MM, ví dụ 2025-10).");
        }

        ImportMode mode;
        switch (modeText.ToLowerInvariant())
        {
            case "replace":
                mode = ImportMode.Replace;
                break;
            case "add-missing":
                mode = ImportMode.AddMissing;
                break;
            default:
                return output.Usage(this, $"--mode “{modeText}” không hợp lệ: replace (ghi đè số liệu đã có) hoặc add-missing (chỉ thêm số liệu còn thiếu).");
        }

        bool yearToDate;
        switch (arguments.Value("figures")?.ToLowerInvariant())
        {
            case null or "month":
                yearToDate = false;
                break;
            case "year-to-date":
                yearToDate = true;
                break;
            default:
                return output.Usage(this, $"--figures “{arguments.Value("figures")}” không hợp lệ: month (số liệu của riêng tháng, mặc định) hoặc year-to-date (số liệu lũy kế từ đầu năm của chỉ số 766).");
        }

        if (!File.Exists(file))
        {
            return output.Fail($"Không tìm thấy tệp {Path.GetFullPath(file)}.");
        }

        if (await OperatorCommandLine.NotMigratedAsync(services, cancellationToken) is { } notMigrated)
        {
            return output.Fail(notMigrated);
        }

        var (batch, source, refusal) = Path.GetExtension(file).ToLowerInvariant() switch
        {
            ".json" => await ReadJsonAsync(file, month, mode, cancellationToken),
            _ => await ReadWorkbookAsync(services.GetRequiredService<ImportWorkbookReader>(), file, month, cancellationToken),
        };
        if (batch is null)
        {
            return output.Fail(refusal!);
        }

        if (source == MeasurementSource.Api && batch.IsYearToDate != yearToDate)
        {
            return output.Fail("Tệp JSON ghi yearToDate khác với --figures của lệnh: hãy kiểm tra lại để không ghi nhầm số lũy kế thành số tháng.");
        }

        batch = batch with { IsYearToDate = yearToDate };

        var importer = services.GetRequiredService<FigureImporter>();
        var preview = await importer.PreviewAsync(batch, cancellationToken);
        if (preview.Issues.Count > 0)
        {
            return Refuse(output, preview.Issues);
        }

        var outcome = await importer.CommitAsync(preview, mode, source, OperatorCommandLine.Actor, cancellationToken);
        if (!outcome.Succeeded)
        {
            return Refuse(output, outcome.Issues);
        }

        var culture = Vietnam.Culture;
        output.Out.WriteLine(outcome.Status == ImportStatus.AlreadyApplied
            ? $"Tệp này đã được nhập trước đó cho tháng {IngestionMessages.Month(month.FirstDay)}; không có gì thay đổi."
            : string.Create(culture, $"Đã nhập số liệu tháng {IngestionMessages.Month(month.FirstDay)}: thêm {outcome.Added}, sửa {outcome.Changed}, giữ nguyên {outcome.Unchanged + outcome.Kept} (lần nhập #{outcome.ImportBatchId})."));
        return ExitCodes.Success;
    }

    private static int Refuse(CommandOutput output, IReadOnlyList<FigureIssue> issues)
    {
        output.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Không nhập: {issues.Count} lỗi, không có số liệu nào được ghi."));
        foreach (var issue in issues)
        {
            output.Error.WriteLine(issue.Where.Length == 0 ? $"- {issue.Message}" : $"- {issue.Where}: {issue.Message}");
        }

        return ExitCodes.Failed;
    }

    private static async Task<(FigureBatch? Batch, MeasurementSource Source, string? Refusal)> ReadWorkbookAsync(
        ImportWorkbookReader reader, string file, YearMonth month, CancellationToken cancellationToken)
    {
        if (new FileInfo(file).Length > reader.Limits.MaxFileBytes)
        {
            return (null, MeasurementSource.ExcelImport, string.Create(CultureInfo.InvariantCulture, $"Tệp lớn hơn giới hạn {reader.Limits.MaxFileBytes / (1024 * 1024)} MB (ExcelImport:MaxFileBytes)."));
        }

        await using var stream = File.OpenRead(file);
        return (await reader.ReadAsync(stream, Path.GetFileName(file), month.FirstDay, cancellationToken), MeasurementSource.ExcelImport, null);
    }

    private static async Task<(FigureBatch? Batch, MeasurementSource Source, string? Refusal)> ReadJsonAsync(
        string file, YearMonth month, ImportMode mode, CancellationToken cancellationToken)
    {
        if (new FileInfo(file).Length > FigureRequestReader.MaxBodyBytes)
        {
            return (null, MeasurementSource.Api, string.Create(CultureInfo.InvariantCulture, $"Tệp JSON lớn hơn giới hạn {FigureRequestReader.MaxBodyBytes / (1024 * 1024)} MB của API."));
        }

        var read = FigureRequestReader.Read(await File.ReadAllBytesAsync(file, cancellationToken), $"{OperatorCommandLine.Actor} ({Path.GetFileName(file)})");
        if (read.Batch is not { } batch)
        {
            return (null, MeasurementSource.Api, read.Refusal);
        }

        if (batch.Month != month.FirstDay || read.Mode != mode)
        {
            return (null, MeasurementSource.Api, $"Tệp JSON ghi tháng {IngestionMessages.Month(batch.Month)} và mode {(read.Mode == ImportMode.Replace ? "replace" : "addMissing")}, khác với --month/--mode của lệnh: hãy kiểm tra lại để không ghi nhầm tháng.");
        }

        return (batch, MeasurementSource.Api, null);
    }
}
