/// Integer rounding of the requirement, done once, on the sum over channels.
extension SchedulingProblem {
  /// The agents each immediate channel is staffed against in each interval (deferred: `nil`).
  ///
  /// Requirements arrive as real agents per channel. Agents are whole people, so the scheduler
  /// rounds once: the sum over the immediate channels open in an interval is rounded up to whole
  /// agents (less a tolerance of 0.01 agent, so 3.004 stays 3), and each channel receives its
  /// share of that whole number in proportion to its real requirement. Rounding each channel
  /// separately would ask 2 + 2 agents for 1.3 + 1.4 = 2.7; this asks 3, split 1.44 and 1.56,
  /// which blended agents cover without double counting. With one channel it is the plain
  /// ceiling, which also makes the shift-count LP nearly integral (interval covering matrices
  /// are totally unimodular).
  ///
  /// A channel scheduled to its promise is staffed against its floor instead (``ServiceCurve``'s
  /// first point): above it, the promise rows decide (``PromiseRows``).
  public func staffingTargets() -> [[Double]?] {
    var targets: [[Double]?] = channels.map { channel in
      guard case .immediate(let required) = channel.demand else { return nil }
      guard let promise = channel.promise else { return required }
      return required.indices.map { t in promise.curves[t]?.floorAgents ?? 0 }
    }
    for t in 0..<intervalCount {
      var sum = 0.0
      for (c, channel) in channels.enumerated() where channel.isOpen(t) { sum += targets[c]?[t] ?? 0 }
      guard sum > 1e-9 else { continue }
      let whole = (sum - 0.01).rounded(.up)
      for (c, channel) in channels.enumerated() where targets[c] != nil {
        targets[c]![t] = channel.isOpen(t) ? targets[c]![t] * whole / sum : 0
      }
    }
    return targets
  }
}
