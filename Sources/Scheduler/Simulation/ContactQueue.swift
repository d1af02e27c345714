/// A first-in-first-out queue of waiting contacts in a ring buffer that grows by doubling.
struct ContactQueue {
  struct Contact {
    var arrival: Double
    /// When the caller hangs up; infinity without a patience.
    var deadline: Double
    var handle: Double
  }

  private var buffer: [Contact]
  private var head = 0
  private(set) var count = 0

  init(capacity: Int = 1024) {
    buffer = Array(repeating: Contact(arrival: 0, deadline: 0, handle: 0), count: max(16, capacity))
  }

  var isEmpty: Bool { count == 0 }
  var first: Contact { buffer[head] }

  mutating func removeAll() {
    head = 0
    count = 0
  }

  mutating func append(_ contact: Contact) {
    growIfFull()
    buffer[(head + count) % buffer.count] = contact
    count += 1
  }

  /// Puts a contact back at the head (work interrupted, to be resumed first).
  mutating func prepend(_ contact: Contact) {
    growIfFull()
    head = head == 0 ? buffer.count - 1 : head - 1
    buffer[head] = contact
    count += 1
  }

  private mutating func growIfFull() {
    guard count == buffer.count else { return }
    let old = buffer
    buffer = Array(repeating: old[head], count: old.count * 2)
    for i in 0..<count { buffer[i] = old[(head + i) % old.count] }
    head = 0
  }

  mutating func removeFirst() -> Contact {
    let contact = buffer[head]
    head = head + 1 == buffer.count ? 0 : head + 1
    count -= 1
    return contact
  }
}
