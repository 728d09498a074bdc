using System.ComponentModel.DataAnnotations;

namespace PoPath.Web.Components.Pages.Account;

/// <summary>The fields of a new account (set-up and invitation pages).</summary>
public sealed class AccountInput
{
    [Required, EmailAddress, MaxLength(256)]
    public string? Email { get; set; }

    [MaxLength(100)]
    public string? DisplayName { get; set; }

    [Required, MinLength(12, ErrorMessage = "Use at least 12 characters."), MaxLength(256)]
    public string? Password { get; set; }

    [Required, Compare(nameof(Password), ErrorMessage = "The two passwords differ.")]
    public string? Confirm { get; set; }
}
