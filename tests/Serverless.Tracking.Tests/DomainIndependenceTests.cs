using Xunit;

namespace Serverless.Tracking.Tests;

public sealed class DomainIndependenceTests
{
    [Fact]
    public void The_domain_library_references_neither_Orleans_nor_Azure()
    {
        var references = typeof(LadderSchedule).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();

        Assert.DoesNotContain(references, name => name.StartsWith("Orleans", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.Orleans", StringComparison.Ordinal)
            || name.StartsWith("Azure", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.StartsWith("Serverless.", StringComparison.Ordinal));
    }
}
