using Serverless.Grains.Grains;
using Xunit;

namespace Serverless.Grains.Tests;

public sealed class GrainsProjectShapeTests
{
    [Fact]
    public void The_grains_do_not_reference_the_notice_parser()
    {
        var references = typeof(DeadlineGrain).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.DoesNotContain("Serverless.Notices", references);
        Assert.Contains("Serverless.Tracking", references);
    }
}
