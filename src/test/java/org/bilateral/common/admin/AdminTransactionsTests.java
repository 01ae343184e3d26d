package org.bilateral.common.admin;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.bilateral.AdminTest;
import org.bilateral.Pages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every admin page an editor opens is read in one transaction, the conflict page
 * included, and the conflict page offers the version actually stored.
 */
@Import(AdminTransactionsTests.Transactions.class)
class AdminTransactionsTests extends AdminTest {

	@Autowired
	Transactions transactions;

	long id;

	@BeforeEach
	void createAPerson() {
		this.id = this.editor.create("people", person("Transaction Test Person", 0));
	}

	@Test
	void theEditFormHistoryAndDeletionPagesEachTakeOneTransaction() {
		assertThat(transactionsFor(() -> this.editor.get("/admin/people/" + this.id))).isOne();
		assertThat(transactionsFor(() -> this.editor.get("/admin/people/" + this.id + "/history"))).isOne();
		assertThat(transactionsFor(() -> this.editor.get("/admin/people/" + this.id + "/delete"))).isOne();
	}

	@Test
	void aFormWithChoicesReadsThemInThePagesTransaction() {
		long visit = this.jdbc.queryForObject("select min(id) from visit", Long.class);
		assertThat(transactionsFor(() -> this.editor.get("/admin/visits/" + visit))).isOne();
		assertThat(transactionsFor(() -> this.editor.get("/admin/visits/new"))).isOne();
		assertThat(transactionsFor(() -> this.editor.post("/admin/visits/new", new LinkedMultiValueMap<>()))).isOne();
	}

	@Test
	void aSaveTakesOneTransaction() {
		assertThat(transactionsFor(() -> this.editor.post("/admin/people/" + this.id, person("Transaction Test A", 0))))
			.isOne();
	}

	@Test
	void theConflictPageTakesOneTransactionAndOffersTheStoredVersion() {
		this.editor.post("/admin/people/" + this.id, person("Transaction Test A", 0));
		this.editor.post("/admin/people/" + this.id, person("Transaction Test B", 1));
		MvcTestResult[] conflict = new MvcTestResult[1];
		long transactions = transactionsFor(
				() -> conflict[0] = this.editor.post("/admin/people/" + this.id, person("Transaction Test C", 0)));
		assertThat(conflict[0]).hasStatus(HttpStatus.CONFLICT);
		assertThat(transactions).isOne();
		assertThat(Pages.parse(conflict[0]).select("input[name=version]").val()).isEqualTo("2");
		assertThat(Pages.parse(conflict[0]).select(".conflict td").eachText()).contains("Transaction Test B",
				"Transaction Test C");
	}

	/** The transactions the portal's own services begin while a page is answered. */
	private long transactionsFor(Runnable page) {
		this.transactions.begun.clear();
		page.run();
		return this.transactions.begun.size();
	}

	private static MultiValueMap<String, String> person(String name, long version) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("name", name);
		form.add("version", String.valueOf(version));
		return form;
	}

	/**
	 * Records the transactions begun by the portal's own classes, leaving out those of
	 * the libraries (such as the session store's).
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class Transactions implements TransactionExecutionListener {

		final List<String> begun = new CopyOnWriteArrayList<>();

		@Override
		public void afterBegin(TransactionExecution transaction, Throwable beginFailure) {
			String name = transaction.getTransactionName();
			if (transaction.isNewTransaction() && name != null && name.startsWith("org.bilateral.")) {
				this.begun.add(name);
			}
		}

	}

}
