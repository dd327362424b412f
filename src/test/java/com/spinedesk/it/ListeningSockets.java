package com.spinedesk.it;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The TCP sockets a process listens on, read from Linux's /proc: the socket inodes among the
 * process's open files, matched against the kernel's table of listening sockets (/proc/net/tcp and
 * tcp6, state 0A). What {@code ss -tlnp} shows, without needing ss.
 */
public final class ListeningSockets {
  private static final Pattern SOCKET = Pattern.compile("socket:\\[(\\d+)]");

  private ListeningSockets() {}

  /** One listening socket: its local address and port. */
  public record Listener(InetAddress address, int port) {
    /** 127.0.0.0/8 or ::1 (an IPv4-mapped IPv6 address is read as the IPv4 address it maps). */
    public boolean isLoopback() {
      return address.isLoopbackAddress();
    }

    @Override
    public String toString() {
      return address.getHostAddress() + ":" + port;
    }
  }

  public static List<Listener> of(long pid) throws IOException {
    Set<String> inodes = new HashSet<>();
    try (DirectoryStream<Path> fds = Files.newDirectoryStream(Path.of("/proc", "" + pid, "fd"))) {
      for (Path fd : fds) {
        try {
          Matcher m = SOCKET.matcher(Files.readSymbolicLink(fd).toString());
          if (m.matches()) {
            inodes.add(m.group(1));
          }
        } catch (IOException closedMeanwhile) {
          // The descriptor went away while listing; it is not a listener then.
        }
      }
    }
    List<Listener> listeners = new ArrayList<>();
    for (String table : new String[] {"tcp", "tcp6"}) {
      Path file = Path.of("/proc", "" + pid, "net", table);
      if (!Files.exists(file)) {
        continue;
      }
      List<String> lines = Files.readAllLines(file);
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.trim().split("\\s+");
        // f[1] local address:port (hex), f[3] state, f[9] inode
        if (f.length > 9 && "0A".equals(f[3]) && inodes.contains(f[9])) {
          String[] local = f[1].split(":");
          listeners.add(new Listener(address(local[0]), Integer.parseInt(local[1], 16)));
        }
      }
    }
    return listeners;
  }

  /** /proc writes addresses as 32-bit words in host (little-endian) order. */
  private static InetAddress address(String hex) throws UnknownHostException {
    byte[] bytes = new byte[hex.length() / 2];
    for (int word = 0; word < bytes.length / 4; word++) {
      for (int i = 0; i < 4; i++) {
        int from = (word * 4 + 3 - i) * 2;
        bytes[word * 4 + i] = (byte) Integer.parseInt(hex.substring(from, from + 2), 16);
      }
    }
    return InetAddress.getByAddress(bytes);
  }
}
