using Xunit.Abstractions;
using Xunit.Sdk;

namespace PoPath.Storage.Tests.Support;

/// <summary>A contract test: runs on every provider class deriving from the contract; skipped with a reason where the provider is not configured.</summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("PoPath.Storage.Tests.Support.StoreFactDiscoverer", "PoPath.Storage.Tests")]
public sealed class StoreFactAttribute : FactAttribute;

/// <summary>Skips a <see cref="StoreFactAttribute"/> test when its concrete class says its provider is not available.</summary>
/// <remarks>xunit 2 has no run-time skip; the discoverer knows the concrete class, so it decides per provider.</remarks>
public sealed class StoreFactDiscoverer(IMessageSink sink) : FactDiscoverer(sink)
{
    private readonly IMessageSink _sink = sink;

    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var type = testMethod.TestClass.Class.ToRuntimeType();
        if (type.GetCustomAttributes(typeof(RequiresPostgresAttribute), inherit: true).Length > 0 && PostgresDatabase.SkipReason() is { } reason)
        {
            return [new XunitSkippedDataRowTestCase(_sink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)];
        }

        return base.Discover(discoveryOptions, testMethod, factAttribute);
    }
}

/// <summary>Marks a test class that needs the PostgreSQL server named by <c>POPATH_TEST_PG</c>.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresPostgresAttribute : Attribute;
