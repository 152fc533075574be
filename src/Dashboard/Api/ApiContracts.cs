using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TargetsDashboard.Dashboard.Api;

// The contract, for the OpenAPI document only: the endpoint reads the JSON itself (FigureRequestReader) so that a
// wrong value becomes a message about that item rather than a 400 for the whole request. These comments are
// published in the document, so they speak to the sender.

/// <summary>One month's figures from a source system.</summary>
/// <param name="Month">The month the figures are for, <c>yyyy-MM</c>.</param>
/// <param name="Mode"><c>replace</c> overwrites the month's existing figures of the units sent; <c>addMissing</c> writes only figures the month does not have yet.</param>
/// <param name="Items">One entry per unit and indicator, at most 50,000.</param>
public sealed record FigureBatchRequest(string Month, string Mode, IReadOnlyList<FigureItemRequest> Items);

/// <param name="UnitCode">The unit's code, e.g. <c>so-tu-phap</c>.</param>
/// <param name="IndicatorCode">NON_BOUNDARY, CONTACTLESS, DIGITIZED, FULL_ONLINE or ONLINE_PROCESSED.</param>
/// <param name="Numerator">A whole number of dossiers or procedures, 0 or more.</param>
/// <param name="Denominator">A whole number, not below the numerator.</param>
public sealed record FigureItemRequest(string UnitCode, string IndicatorCode, long Numerator, long Denominator);

/// <summary>The answer to an accepted batch.</summary>
/// <param name="Status"><c>committed</c>, or <c>alreadyApplied</c> when the same batch was committed before and nothing differs now.</param>
/// <param name="ImportId">The entry in the import history; null when nothing was written.</param>
/// <param name="Kept">Figures that differ but were left as they are (mode <c>addMissing</c>).</param>
public sealed record FigureBatchAccepted(string Status, string Month, string Mode, int Added, int Changed, int Unchanged, int Kept, long? ImportId, string Message);

/// <summary>One problem of a refused batch.</summary>
/// <param name="Item">Index in <c>items</c>, from 0; null for a problem of the whole request.</param>
/// <param name="Field">The item's property (<c>numerator</c>…); null when the whole item is meant.</param>
/// <param name="Path">Where, as one string: <c>items[3].numerator</c>.</param>
/// <param name="Message">What is wrong, in Vietnamese.</param>
public sealed record ApiItemError(int? Item, string? Field, string? Path, string Message);

/// <summary>A refusal, as an RFC 9457 problem (<c>application/problem+json</c>) with Vietnamese title and detail.</summary>
/// <param name="Errors">Per-item problems (422), or null.</param>
/// <param name="ImportId">The refusal's entry in the import history, where office staff see failed sends; null if none was recorded.</param>
public sealed record ApiProblem(string Title, int Status, string Detail, IReadOnlyList<ApiItemError>? Errors = null, long? ImportId = null)
{
    public const string ContentType = "application/problem+json";
}

/// <summary>
/// How the API writes JSON: camelCase, nulls left out, Vietnamese letters and quotes as they are (not \u escapes) so a
/// person reading a sender's log can read the messages. Relaxed escaping is safe here: these bodies are JSON for
/// machines, never embedded in a page.
/// </summary>
public static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static IResult Problem(int status, string title, string detail, IReadOnlyList<ApiItemError>? errors = null, long? importId = null) =>
        Results.Json(new ApiProblem(title, status, detail, errors, importId), Options, ApiProblem.ContentType, status);
}
