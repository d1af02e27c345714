/// Finds the known name nearest to a misspelt one, for "did you mean" suggestions.
///
/// Distance is the edit distance (insertions, deletions, substitutions, swaps of neighbours) on
/// lowercased text. A suggestion is made only when the distance is at most a third of the longer
/// name, at least 2, so `targt` suggests `target` but `colour` suggests nothing among `target`, `patience`; or when
/// the name is an abbreviation of at least 3 characters that starts a known one (`aht_sec` suggests
/// `aht_seconds`).
public enum NearestName {
  /// The nearest of `candidates` to `name`, or nil when none is close enough.
  public static func suggestion(for name: String, among candidates: some Sequence<String>) -> String? {
    let lowered = Array(name.lowercased())
    var best: (name: String, distance: Int)?
    for candidate in candidates {
      let other = Array(candidate.lowercased())
      let distance = editDistance(lowered, other)
      let limit = max(2, max(lowered.count, other.count) / 3)
      let abbreviation = lowered.count >= 3 && other.starts(with: lowered)
      guard distance <= limit || abbreviation else { continue }
      if best == nil || distance < best!.distance { best = (candidate, distance) }
    }
    return best?.name
  }

  /// Edit distance between two character arrays counting insertions, deletions, substitutions and
  /// a swap of two neighbouring characters as one edit each (optimal string alignment), O(n*m)
  /// time, O(m) memory. Without the swap, `snu` was as far from `thu` as from `sun` and a misspelt
  /// `mon-snu` suggested `mon-thu`.
  public static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var beforePrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], beforePrevious[j - 2] + 1)
        }
      }
      (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return previous[b.count]
  }
}
