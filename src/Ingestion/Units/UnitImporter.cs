using Microsoft.EntityFrameworkCore;
using TargetsDashboard.Data;
using TargetsDashboard.Data.Entities;
using TargetsDashboard.Data.Seeding;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Ingestion.Units;

/// <summary>A unit the import will add, with its code settled (written or generated).</summary>
public sealed record NewUnitRow(int Row, string Code, string Name, UnitKind Kind, DateOnly ValidFrom, string? SuccessorCode, DateOnly? ValidTo);

/// <summary>What committing an upload would do: the units it adds, the ones already there, or why it cannot.</summary>
public sealed record UnitImportPreview(UnitUpload Upload, IReadOnlyList<NewUnitRow> NewUnits, int Unchanged, IReadOnlyList<FigureIssue> Issues)
{
    public bool CanCommit => Issues.Count == 0 && NewUnits.Count > 0;
}

/// <summary>The result of a commit; <see cref="Message"/> is in Vietnamese.</summary>
public sealed record UnitImportOutcome(bool Succeeded, int Added, string Message);

/// <summary>
/// Adds units from a workbook: a preview against the database (duplicates, codes taken, successors that do not exist),
/// then a commit that writes every unit or none, audited with the file's name. Codes are never reused: a unit that
/// exists with the same code is skipped when the file says the same of it and refused when it says something else.
/// </summary>
public sealed class UnitImporter(IDbContextFactory<TargetsDbContext> contextFactory)
{
    public async Task<UnitImportPreview> PreviewAsync(UnitUpload upload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(upload);
        if (upload.Rows.Count == 0)
        {
            return new UnitImportPreview(upload, [], 0, upload.Issues);
        }

        // The rows that were read are checked against the database too, so that one upload shows every problem of the file.
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var existing = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, StringComparer.Ordinal, cancellationToken);
        var plan = Plan(upload, existing);
        if (upload.Issues.Count == 0)
        {
            return plan;
        }

        var issues = upload.Issues.Concat(plan.Issues.Where(i => i.Row is not null)).OrderBy(i => i.Row).ThenBy(i => i.Column, StringComparer.Ordinal).ToList();
        return new UnitImportPreview(upload, [], plan.Unchanged, issues);
    }

    /// <summary>Writes the previewed units in one transaction; nothing is written if the database changed so that the plan no longer holds.</summary>
    public async Task<UnitImportOutcome> CommitAsync(UnitImportPreview preview, string actingUser, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(preview);
        if (!preview.CanCommit || preview.Upload.Issues.Count > 0)
        {
            return new UnitImportOutcome(false, 0, "Tệp còn lỗi hoặc không có đơn vị mới: chưa ghi gì.");
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.ActAs(actingUser);
        db.AuditReason = $"Nhập danh mục đơn vị từ tệp {preview.Upload.FileName}";
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var existing = await db.Units.ToDictionaryAsync(u => u.Code, StringComparer.Ordinal, cancellationToken);
        var plan = Plan(preview.Upload, existing);
        if (!plan.CanCommit || plan.NewUnits.Count != preview.NewUnits.Count)
        {
            return new UnitImportOutcome(false, 0, "Danh mục đơn vị đã thay đổi từ lúc xem trước: chưa ghi gì. Hãy tải tệp lên lại để xem trước.");
        }

        var added = plan.NewUnits.Select(u => new Unit { Code = u.Code, Name = u.Name, Kind = u.Kind, ValidFrom = u.ValidFrom, ValidTo = u.ValidTo }).ToList();
        db.Units.AddRange(added);
        await db.SaveChangesAsync(cancellationToken);

        var byCode = existing.Values.Concat(added).ToDictionary(u => u.Code, StringComparer.Ordinal);
        foreach (var row in plan.NewUnits.Where(r => r.SuccessorCode is not null))
        {
            byCode[row.Code].SuccessorId = byCode[row.SuccessorCode!].Id;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new UnitImportOutcome(true, added.Count, $"Đã thêm {added.Count} đơn vị từ tệp {preview.Upload.FileName}.");
    }

    private static UnitImportPreview Plan(UnitUpload upload, IReadOnlyDictionary<string, Unit> existing)
    {
        var issues = new List<FigureIssue>();
        var taken = new HashSet<string>(existing.Keys, StringComparer.Ordinal);
        var rows = new List<(UnitRow Row, string Code)>();
        var unchanged = 0;
        void Problem(UnitRow row, string column, string message) => issues.Add(new FigureIssue(UnitWorkbook.Sheet, row.Row, column, message));

        foreach (var row in upload.Rows)
        {
            var code = row.Code.Length > 0 ? row.Code : UnitCatalog.Slug(row.Name);
            if (existing.TryGetValue(code, out var unit))
            {
                if (unit.Name == row.Name && unit.Kind == row.Kind && unit.ValidFrom == row.ValidFrom)
                {
                    unchanged++;
                    continue;
                }

                if (row.Code.Length > 0)
                {
                    Problem(row, "A", $"Mã “{code}” đã là của {unit.Name}: mã không được dùng lại. Đổi tên hay sáp nhập ở bảng đơn vị; đơn vị mới cần mã khác.");
                    continue;
                }
            }

            if (row.Code.Length == 0)
            {
                code = UnitCatalog.UniqueCode(code, taken);
            }
            else if (!taken.Add(code))
            {
                Problem(row, "A", $"Mã “{code}” có ở một dòng trước trong tệp.");
                continue;
            }

            rows.Add((row, code));
        }

        var validFromByCode = existing.Values.ToDictionary(u => u.Code, u => u.ValidFrom, StringComparer.Ordinal);
        foreach (var (row, code) in rows)
        {
            validFromByCode[code] = row.ValidFrom;
        }

        var plan = new List<NewUnitRow>();
        foreach (var (row, code) in rows)
        {
            DateOnly? validTo = null;
            if (row.SuccessorCode is { } successor)
            {
                if (successor == code)
                {
                    Problem(row, "E", "Một đơn vị không sáp nhập vào chính nó.");
                    continue;
                }

                if (!validFromByCode.TryGetValue(successor, out var successorFrom))
                {
                    Problem(row, "E", $"Không có đơn vị mã “{successor}” (trong tệp hay đã có) để sáp nhập vào.");
                    continue;
                }

                if (successorFrom <= row.ValidFrom)
                {
                    Problem(row, "E", $"Đơn vị tiếp nhận “{successor}” có hiệu lực từ {successorFrom:dd/MM/yyyy}, phải sau ngày hiệu lực của đơn vị này ({row.ValidFrom:dd/MM/yyyy}).");
                    continue;
                }

                validTo = successorFrom.AddDays(-1);
            }

            plan.Add(new NewUnitRow(row.Row, code, row.Name, row.Kind, row.ValidFrom, row.SuccessorCode, validTo));
        }

        if (issues.Count == 0 && plan.Count == 0)
        {
            issues.Add(FigureIssue.ForBatch($"Mọi đơn vị trong tệp đã có ({unchanged}): không có gì để thêm."));
        }

        return new UnitImportPreview(upload, issues.Count == 0 ? plan : [], unchanged, issues);
    }
}
