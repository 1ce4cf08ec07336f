// One app process and one browser at a time: on a 2-core machine parallel browser classes starve each other.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
