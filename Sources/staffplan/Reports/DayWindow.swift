/// The part of the day a channel's per-day charts show, on the plan's interval grid.
///
/// From the earliest interval with data to the end of the latest, rounded out to whole hours, so
/// a channel open 07:00-24:00 is not drawn with seven empty night hours. Positions are wall-clock
/// minutes after midnight.
struct DayWindow: Equatable {
  let startMinute: Int
  let endMinute: Int
  /// The interval length in minutes.
  let step: Int

  /// The window covering intervals starting at `minutes`; the whole day when there are none.
  init(minutes: some Sequence<Int>, step: Int) {
    var first = Int.max, last = Int.min
    for minute in minutes {
      first = min(first, minute)
      last = max(last, minute + step)
    }
    if first > last {
      first = 0
      last = 1440
    }
    self.startMinute = first / 60 * 60
    self.endMinute = min(1440, (last + 59) / 60 * 60)
    self.step = step
  }

  /// The interval starts shown, in order.
  var slots: [Int] { Array(stride(from: startMinute, to: endMinute, by: step)) }

  var hours: Int { (endMinute - startMinute) / 60 }

  /// Hour ticks at a round step giving at most `count` labels: `08:00`, `12:00`.
  func hourTicks(count: Int = 6) -> [Int] {
    let every = [1, 2, 3, 4, 6, 12].first { hours / $0 <= count } ?? 12
    return Array(stride(from: startMinute, through: endMinute, by: 60)).filter { ($0 / 60) % every == 0 }
  }
}
