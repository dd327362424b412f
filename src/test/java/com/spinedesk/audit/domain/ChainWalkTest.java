package com.spinedesk.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainWalkTest {
  private static final Instant NOW = Instant.parse("2026-12-02T09:15:30.123456789Z");

  /** Entries as AuditChain writes them: ids in order, each hashed onto the one before. */
  private static List<AuditEntry> chain(int size) {
    List<AuditEntry> entries = new ArrayList<>();
    String previous = AuditHash.START;
    for (long id = 1; id <= size; id++) {
      AuditEntry entry = entry(id, "VIEW of " + id, null);
      String hash = AuditHash.of(entry, previous);
      entries.add(entry(id, "VIEW of " + id, hash));
      previous = hash;
    }
    return entries;
  }

  private static AuditEntry entry(long id, String detail, String hash) {
    return AuditEntry.stored(
        id,
        NOW.plusSeconds(id),
        "frontdesk",
        AuditAction.VIEW,
        "PATIENT",
        "" + id,
        7L,
        "10000018",
        detail,
        hash);
  }

  private static AuditCheck walk(List<AuditEntry> entries) {
    ChainWalk walk = new ChainWalk();
    for (AuditEntry e : entries) {
      if (!walk.accept(e)) {
        break;
      }
    }
    AuditEntry last = entries.get(entries.size() - 1);
    return walk.end(last.getId(), last.getEntryHash());
  }

  @Test
  void anUntouchedChainIsIntact() {
    AuditCheck check = walk(chain(50));
    assertThat(check.isIntact()).isTrue();
    assertThat(check.checked()).isEqualTo(50);
  }

  @Test
  void anEditedEntryIsTheFirstBroken() {
    List<AuditEntry> entries = chain(10);
    AuditEntry original = entries.get(6);
    entries.set(6, entry(original.getId(), "nothing to see", original.getEntryHash()));

    AuditCheck check = walk(entries);

    assertThat(check.problem()).isEqualTo("audit.verify.altered");
    assertThat(check.firstBrokenEntry()).isEqualTo(7L);
    assertThat(check.checked()).isEqualTo(6);
  }

  @Test
  void aRemovedEntryBreaksTheOneAfterIt() {
    List<AuditEntry> entries = chain(10);
    entries.remove(3);

    assertThat(walk(entries).firstBrokenEntry()).isEqualTo(5L);
  }

  @Test
  void anEntryWithoutAHashAfterTheChainBeganIsSlippedIn() {
    List<AuditEntry> entries = chain(5);
    entries.add(2, entry(99, "forged", null));

    AuditCheck check = walk(entries);

    assertThat(check.problem()).isEqualTo("audit.verify.unsealed");
    assertThat(check.firstBrokenEntry()).isEqualTo(99L);
  }

  @Test
  void entriesCutOffTheEndAreNoticedByTheHead() {
    List<AuditEntry> entries = chain(8);
    AuditEntry head = entries.get(7);
    ChainWalk walk = new ChainWalk();
    entries.subList(0, 6).forEach(walk::accept);

    AuditCheck check = walk.end(head.getId(), head.getEntryHash());

    assertThat(check.problem()).isEqualTo("audit.verify.cutOff");
    assertThat(check.firstBrokenEntry()).isEqualTo(8L);
  }

  @Test
  void entriesFromBeforeTheChainAreCountedNotChecked() {
    List<AuditEntry> entries =
        new ArrayList<>(List.of(entry(1, "old", null), entry(2, "old", null)));
    String previous = AuditHash.START;
    for (long id = 3; id <= 5; id++) {
      String hash = AuditHash.of(entry(id, "new", null), previous);
      entries.add(entry(id, "new", hash));
      previous = hash;
    }

    AuditCheck check = walk(entries);

    assertThat(check.isIntact()).isTrue();
    assertThat(check.beforeChain()).isEqualTo(2);
    assertThat(check.checked()).isEqualTo(3);
  }

  @Test
  void theHashReadsEveryFieldAndTheTimeToTheMicrosecond() {
    AuditEntry a = entry(1, "x", null);
    assertThat(a.getOccurredAt()).isEqualTo(Instant.parse("2026-12-02T09:15:31.123456Z"));
    assertThat(AuditHash.of(a, AuditHash.START))
        .hasSize(64)
        .isNotEqualTo(AuditHash.of(a, "1".repeat(64)));
    assertThat(AuditHash.of(entry(1, "x|", null), AuditHash.START))
        .isNotEqualTo(AuditHash.of(entry(1, "x", null), AuditHash.START));
  }
}
