using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PoPath.Storage.Schema;

namespace PoPath.Web.Hosting;

/// <summary>Keeps the Data Protection key ring in the store's <c>data_protection_keys</c> table.</summary>
/// <remarks>
/// Hand-written instead of Microsoft.AspNetCore.DataProtection.EntityFrameworkCore because that package needs the context to
/// expose its own entity type; the store keeps one model for every table. Keys in the database mean sign-in cookies and
/// encrypted connector tokens survive restarts and work across several app instances on one PostgreSQL database.
/// </remarks>
internal sealed class DatabaseKeyRing(StoreHolder holder) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        holder.GetAsync().AsTask().GetAwaiter().GetResult();
        using var db = holder.NewContext();
        return db.DataProtectionKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).ToList().Select(x => XElement.Parse(x)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        holder.GetAsync().AsTask().GetAwaiter().GetResult();
        using var db = holder.NewContext();
        db.DataProtectionKeys.Add(new DataProtectionKeyRow { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }

    /// <summary>Points Data Protection at the database key ring.</summary>
    internal sealed class Setup(StoreHolder holder) : IConfigureOptions<KeyManagementOptions>
    {
        public void Configure(KeyManagementOptions options) => options.XmlRepository = new DatabaseKeyRing(holder);
    }
}
