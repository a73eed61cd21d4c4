using Xunit;

// One browser and one host at a time: the machine has two cores, and each host runs a silo.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
