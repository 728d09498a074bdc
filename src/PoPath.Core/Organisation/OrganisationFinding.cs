namespace PoPath.Core.Organisation;

/// <summary>
/// A finding addressed to the manager: a blocker that lies in the organisation, not in the person, so no course fixes it
/// (DESIGN §2, §4, §5). Produced by the signals (from history) and by the advisor (from profile answers); the same shape
/// appears as <c>findings[]</c> in <c>popath signals</c> and <c>organisation[]</c> in <c>popath advise</c>.
/// </summary>
/// <param name="Kind">A documented kind: <c>decision-room</c> (priorities overridden), <c>access</c> (no access to users, data or commercial context), or another kind documented with its producer.</param>
/// <param name="Message">Plain language for the manager, saying what a course cannot fix.</param>
/// <param name="Evidence">What led to it: items, events, signal values or profile answers.</param>
public sealed record OrganisationFinding(string Kind, string Message, IReadOnlyList<FindingEvidence> Evidence);

/// <summary>One piece of evidence behind an <see cref="OrganisationFinding"/>.</summary>
/// <param name="Kind">What it points at: <c>item</c>, <c>event</c>, <c>signal</c> or <c>profile</c>.</param>
/// <param name="Ref">The item key, event reference (item key and change id or time), signal id and period, or profile field name.</param>
/// <param name="Text">What it shows, quoted or stated plainly (e.g. <c>priority changed by Sales Lead</c>, <c>access.users = false</c>).</param>
public sealed record FindingEvidence(string Kind, string Ref, string Text);
