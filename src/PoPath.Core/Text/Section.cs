namespace PoPath.Core.Text;

/// <summary>A headed part of a text field: the heading's span and the body up to the next heading.</summary>
public readonly record struct Section(int HeadingStart, int HeadingEnd, int BodyStart, int BodyEnd);
