/// The last `depth` observed values at each position of a seasonal cycle, in a flat ring buffer.
///
/// Backs the models that look at "the same interval in recent weeks": appending is O(1), reading a
/// position's window is O(depth), so a pass over a history is O(n * depth).
struct PositionWindow {
  let period: Int
  let depth: Int
  private var buffer: [Double]
  private var filled: [Int]
  private var next: [Int]

  init(period: Int, depth: Int) {
    precondition(period > 0 && depth > 0, "period and depth must be positive")
    self.period = period
    self.depth = depth
    buffer = [Double](repeating: 0, count: period * depth)
    filled = [Int](repeating: 0, count: period)
    next = [Int](repeating: 0, count: period)
  }

  /// Records an observation at `position` (0..<period), forgetting the oldest past `depth`.
  mutating func append(_ value: Double, at position: Int) {
    buffer[position * depth + next[position]] = value
    next[position] = (next[position] + 1) % depth
    filled[position] = Swift.min(depth, filled[position] + 1)
  }

  /// Number of values held at `position`.
  func count(at position: Int) -> Int { filled[position] }

  /// The values held at `position`, oldest first.
  func values(at position: Int) -> [Double] {
    let n = filled[position]
    let base = position * depth
    if n < depth { return Array(buffer[base..<(base + n)]) }
    let start = next[position]
    return (0..<depth).map { buffer[base + (start + $0) % depth] }
  }

  /// Mean of the values at `position`, `nil` when there are none.
  func mean(at position: Int) -> Double? {
    let n = filled[position]
    guard n > 0 else { return nil }
    let base = position * depth
    var sum = 0.0
    for j in 0..<n { sum += buffer[base + j] }
    return sum / Double(n)
  }

  /// Median of the values at `position`, `nil` when there are none.
  func median(at position: Int) -> Double? {
    let n = filled[position]
    guard n > 0 else { return nil }
    return Statistics.median(values(at: position))
  }
}
