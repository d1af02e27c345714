/// A binary min-heap of contact completions ordered by time, stored in one array.
///
/// The simulation's only event queue: arrivals are generated one ahead per channel and roster
/// changes come from a pre-sorted list, so the heap holds at most one entry per busy agent slot.
/// Push and pop are O(log n) and allocate nothing once the array has grown.
struct CompletionHeap {
  struct Entry {
    var time: Double
    var arrival: Double
    var agent: Int32
    var channel: Int32
    /// The agent's interruption count when pushed: an entry older than the agent's count is a
    /// contact put back by an interruption (``WeekSimulation``), so it does not complete.
    var token: UInt32 = 0
  }

  private(set) var entries: [Entry] = []

  init(capacity: Int) { entries.reserveCapacity(capacity) }

  var isEmpty: Bool { entries.isEmpty }
  var count: Int { entries.count }
  /// The earliest completion time, or infinity when empty.
  var nextTime: Double { entries.isEmpty ? .infinity : entries[0].time }

  mutating func removeAll() { entries.removeAll(keepingCapacity: true) }

  mutating func push(_ entry: Entry) {
    entries.append(entry)
    var child = entries.count - 1
    while child > 0 {
      let parent = (child - 1) >> 1
      if entries[parent].time <= entry.time { break }
      entries[child] = entries[parent]
      child = parent
    }
    entries[child] = entry
  }

  mutating func pop() -> Entry {
    let top = entries[0]
    let last = entries.removeLast()
    let count = entries.count
    if count > 0 {
      var index = 0
      while true {
        let left = 2 * index + 1
        if left >= count { break }
        let right = left + 1
        let smaller = right < count && entries[right].time < entries[left].time ? right : left
        if entries[smaller].time >= last.time { break }
        entries[index] = entries[smaller]
        index = smaller
      }
      entries[index] = last
    }
    return top
  }
}
