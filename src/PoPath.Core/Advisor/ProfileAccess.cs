namespace PoPath.Core.Advisor;

/// <summary>The profile's <c>access.{users,data,commercial}</c>: whether the PO can reach users, product data and the commercial context; null when not answered.</summary>
public sealed record ProfileAccess(bool? Users, bool? Data, bool? Commercial);
