using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using TargetsDashboard.Data;
using TargetsDashboard.Data.Entities;

namespace TargetsDashboard.Dashboard.Components.Admin;

public partial class TargetsPage
{
    private IReadOnlyList<Indicator> _indicators = [];
    private string? _message;
    private bool _messageIsError;
    private int? _editingDefinition;
    private string? _numerator;
    private string? _denominator;
    private string? _note;

    [Inject]
    private TargetAdministration Administration { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    protected override async Task OnInitializedAsync() => _indicators = await Administration.ListAsync();

    private async Task<string> UserAsync() => (await AuthenticationState).User.Identity?.Name ?? "?";

    private async Task AddTargetAsync(NewTarget target)
    {
        var error = await Administration.AddAsync(target, await UserAsync());
        _messageIsError = error is not null;
        _message = error ?? "Đã thêm ngưỡng chỉ tiêu mới.";
        _indicators = await Administration.ListAsync();
    }

    private void EditDefinition(Indicator indicator)
    {
        _editingDefinition = indicator.Id;
        _numerator = indicator.NumeratorVi;
        _denominator = indicator.DenominatorVi;
        _note = indicator.DefinitionNoteVi;
    }

    private async Task SaveDefinitionAsync(int indicatorId)
    {
        if (string.IsNullOrWhiteSpace(_numerator) || string.IsNullOrWhiteSpace(_denominator))
        {
            _messageIsError = true;
            _message = "Cần nhập tử số và mẫu số.";
            return;
        }

        await Administration.UpdateDefinitionAsync(indicatorId, _numerator, _denominator, _note, await UserAsync());
        _messageIsError = false;
        _message = "Đã lưu định nghĩa.";
        _editingDefinition = null;
        _indicators = await Administration.ListAsync();
    }
}
