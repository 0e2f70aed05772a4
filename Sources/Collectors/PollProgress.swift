/// What the polls running now have learnt, so a poll that needs another's answer waits for exactly that.
///
/// Target health waits for an Auto Scaling poll in flight (its targets' zones and, with a narrowed
/// selection, its target groups come from the groups); a snapshot's metrics wait for the target
/// group lists, not for the targets' health.
actor PollProgress {
    private var groupPolls = 0
    private var groupsAnswered = false
    private var groupWaiters: [CheckedContinuation<Void, Never>] = []
    private var listed = false
    private var listWaiters: [CheckedContinuation<Void, Never>] = []

    /// An Auto Scaling poll has started.
    func groupsStarted() { groupPolls += 1 }

    /// An Auto Scaling poll has ended, with data or not.
    func groupsEnded() {
        groupPolls = max(0, groupPolls - 1)
        groupsAnswered = true
        guard groupPolls == 0 else { return }
        let waiting = groupWaiters
        groupWaiters = []
        for waiter in waiting { waiter.resume() }
    }

    /// Returns when no Auto Scaling poll is running (at once when none is).
    func groupsSettled() async {
        guard groupPolls > 0 else { return }
        await withCheckedContinuation { groupWaiters.append($0) }
    }

    /// Returns at once when an Auto Scaling poll has ever answered, else when the one running ends.
    func groupsAnsweredOnce() async {
        guard !groupsAnswered else { return }
        await groupsSettled()
    }

    /// The target groups to watch are known (or their listing failed).
    func targetGroupsListed() {
        listed = true
        let waiting = listWaiters
        listWaiters = []
        for waiter in waiting { waiter.resume() }
    }

    /// Returns once the target groups to watch have been listed, or their listing failed.
    func awaitTargetGroupsListed() async {
        guard !listed else { return }
        await withCheckedContinuation { listWaiters.append($0) }
    }
}
