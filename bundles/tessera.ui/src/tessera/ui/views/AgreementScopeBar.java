package tessera.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import tessera.core.store.ProjectReader;
import tessera.ui.internal.Messages;

/**
 * The Agreement view's choices: the coders (two or more), the codes, the documents, and the unit (characters, or
 * documents for a code's values), with the Compute button. Choices survive a refresh of the project's lists.
 */
final class AgreementScopeBar {

    private final Table coders;
    private final Combo codes;
    private final Combo documents;
    private final Combo unit;
    private List<AgreementChoices.Choice> codeChoices = List.of();
    private List<AgreementChoices.Choice> documentChoices = List.of();
    /** The project the lists show: another project starts again with every coder ticked. */
    private ProjectReader shown;

    AgreementScopeBar(Composite parent, Runnable compute) {
        Composite top = new Composite(parent, SWT.NONE);
        top.setLayout(new GridLayout(4, false));
        top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Label who = new Label(top, SWT.NONE);
        who.setText(Messages.Agreement_coders);
        who.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, 1, 4));
        coders = new Table(top, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
        coders.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false, 1, 4));
        codes = combo(top, Messages.Agreement_codes);
        documents = combo(top, Messages.Agreement_documents);
        unit = combo(top, Messages.Agreement_unit);
        unit.setItems(Messages.Agreement_unitCharacters, Messages.Agreement_unitDocuments);
        unit.select(0);
        new Label(top, SWT.NONE);
        Button run = new Button(top, SWT.PUSH);
        run.setText(Messages.Agreement_compute);
        run.addListener(SWT.Selection, e -> compute.run());
        run.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
    }

    private static Combo combo(Composite parent, String label) {
        new Label(parent, SWT.NONE).setText(label);
        Combo c = new Combo(parent, SWT.READ_ONLY);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 220;
        c.setLayoutData(data);
        c.setVisibleItemCount(20);
        return c;
    }

    /** Lists the project's coders (all ticked at first), codes and documents, keeping what was chosen. */
    void refresh(ProjectReader project, List<String> names) {
        List<String> chosen = coders();
        boolean first = project != shown;
        shown = project;
        coders.removeAll();
        for (String name : names) {
            TableItem item = new TableItem(coders, SWT.NONE);
            item.setText(name);
            item.setChecked(first || chosen.contains(name));
        }
        ((GridData) coders.getLayoutData()).heightHint = Math.min(5, Math.max(3, names.size())) * coders.getItemHeight();
        codeChoices = fill(codes, AgreementChoices.codes(project));
        documentChoices = fill(documents, AgreementChoices.documents(project));
    }

    private static List<AgreementChoices.Choice> fill(Combo combo, List<AgreementChoices.Choice> choices) {
        String was = combo.getSelectionIndex() >= 0 ? combo.getItem(combo.getSelectionIndex()) : null;
        combo.setItems(choices.stream().map(AgreementChoices.Choice::label).toArray(String[]::new));
        int at = was == null ? 0 : Math.max(0, combo.indexOf(was));
        combo.select(at);
        return choices;
    }

    void clear() {
        shown = null;
        coders.removeAll();
        codes.removeAll();
        documents.removeAll();
    }

    List<String> coders() {
        List<String> out = new ArrayList<>();
        for (TableItem i : coders.getItems()) {
            if (i.getChecked()) {
                out.add(i.getText());
            }
        }
        return out;
    }

    /** The chosen code with its subcodes (codable ones), or null for all codes. */
    Set<Long> codes() {
        return chosen(codes, codeChoices).ids();
    }

    /** The chosen code itself: the parent whose subcodes are values when documents are the units. */
    Long code() {
        return chosen(codes, codeChoices).code();
    }

    /** The chosen documents, or null for all. */
    Set<Long> documents() {
        return chosen(documents, documentChoices).ids();
    }

    boolean documentsAsUnits() {
        return unit.getSelectionIndex() == 1;
    }

    private static AgreementChoices.Choice chosen(Combo combo, List<AgreementChoices.Choice> choices) {
        int i = combo.getSelectionIndex();
        return i >= 0 && i < choices.size() ? choices.get(i) : new AgreementChoices.Choice("", null, null);
    }

    /** For tests. */
    Table coderTable() {
        return coders;
    }

    Combo codeCombo() {
        return codes;
    }

    Combo documentCombo() {
        return documents;
    }

    Combo unitCombo() {
        return unit;
    }
}
