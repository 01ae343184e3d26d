package org.bilateral;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy in front of PostgreSQL that a test can cut and restore, so that one portal
 * instance loses its database while the server, which other tests share, keeps running.
 * Cut, it closes every connection through it and refuses new ones (or, silent, accepts
 * them and never answers, as a dead network does).
 */
public final class DatabaseProxy implements Closeable {

	/** What happens to connections while the proxy is cut. */
	public enum Cut {

		/** New connections are closed at once. */
		REFUSED,

		/** New connections are accepted and never answered. */
		SILENT

	}

	private final InetSocketAddress target;

	private final ServerSocket server;

	private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

	private volatile Cut cut;

	private DatabaseProxy(InetSocketAddress target) throws IOException {
		this.target = target;
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::accept, "database-proxy");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/** A proxy on a free port of the loopback address, forwarding to the target. */
	public static DatabaseProxy to(String host, int port) {
		try {
			return new DatabaseProxy(new InetSocketAddress(host, port));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not open the database proxy", ex);
		}
	}

	/**
	 * A JDBC URL like the given one, to the same database through this proxy.
	 * @param jdbcUrl {@code jdbc:postgresql://host:port/name}
	 */
	public static DatabaseProxy forUrl(String jdbcUrl) {
		java.net.URI uri = java.net.URI.create(jdbcUrl.substring("jdbc:".length()));
		return to(uri.getHost(), (uri.getPort() != -1) ? uri.getPort() : 5432);
	}

	/** The given URL with its host and port replaced by the proxy's. */
	public String url(String jdbcUrl) {
		java.net.URI uri = java.net.URI.create(jdbcUrl.substring("jdbc:".length()));
		return "jdbc:postgresql://127.0.0.1:" + this.server.getLocalPort() + uri.getRawPath()
				+ ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
	}

	/** Closes every connection through the proxy and turns new ones away as told. */
	public void cut(Cut how) {
		this.cut = how;
		for (Socket socket : this.sockets) {
			closeQuietly(socket);
		}
	}

	/** Forwards new connections again. */
	public void restore() {
		this.cut = null;
		for (Socket socket : this.sockets) {
			closeQuietly(socket);
		}
	}

	private void accept() {
		while (!this.server.isClosed()) {
			try {
				Socket client = this.server.accept();
				Cut now = this.cut;
				if (now == Cut.REFUSED) {
					closeQuietly(client);
				}
				else if (now == Cut.SILENT) {
					this.sockets.add(client);
				}
				else {
					forward(client);
				}
			}
			catch (IOException ex) {
				// closed, or a connection that failed: either way, go on while open
			}
		}
	}

	private void forward(Socket client) throws IOException {
		Socket upstream = new Socket();
		try {
			upstream.connect(this.target, 2000);
		}
		catch (IOException ex) {
			closeQuietly(client);
			throw ex;
		}
		this.sockets.add(client);
		this.sockets.add(upstream);
		pump(client, upstream);
		pump(upstream, client);
	}

	private void pump(Socket from, Socket to) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[16384];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int read;
				while ((read = in.read(buffer)) != -1) {
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException ex) {
				// the other side closed, or the proxy was cut
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
				this.sockets.remove(from);
				this.sockets.remove(to);
			}
		}, "database-proxy-pump");
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public void close() {
		closeQuietly(this.server);
		cut(Cut.REFUSED);
	}

	private static void closeQuietly(Closeable closeable) {
		try {
			closeable.close();
		}
		catch (IOException ex) {
			// closing is all that is wanted
		}
	}

}
