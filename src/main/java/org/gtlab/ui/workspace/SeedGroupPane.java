package org.gtlab.ui.workspace;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The view of an "N seeds" group ({@link SeedGroupViewModel}): one progress bar and one cancel
 * button while the seeds run, then the seed-summary table (one row per minimised or maximised
 * metric: mean, s.d., min, max over the completed seeds, the definition in the tooltip). Hidden
 * until a group was started.
 */
public final class SeedGroupPane extends VBox {

    public SeedGroupPane(SeedGroupViewModel vm) {
        super(4);
        setId("seedGroup");
        getStyleClass().add("seed-group");
        ProgressBar bar = new ProgressBar();
        bar.setId("seedProgress");
        bar.setPrefWidth(160);
        bar.progressProperty().bind(vm.progressProperty());
        Button cancel = new Button("Cancel seeds");
        cancel.setId("cancelSeeds");
        cancel.setTooltip(new Tooltip("Cancel every seed not yet ended (the ended ones stay in the summary)"));
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        Label status = new Label();
        status.setId("seedStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        HBox head = new HBox(8, bar, cancel, status);
        head.setAlignment(Pos.CENTER_LEFT);

        TableView<SeedGroupViewModel.MetricSummary> table = new TableView<>(vm.summary());
        table.setId("seedSummary");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(24);
        table.getColumns().add(column("Metric (final value)", m -> m.metric().label(), 190));
        table.getColumns().add(column("Seeds", m -> Integer.toString(m.n()), 50));
        table.getColumns().add(column("Mean", m -> RunRow.sci(m.mean()), 70));
        table.getColumns().add(column("s.d.", m -> RunRow.sci(m.sd()), 70));
        table.getColumns().add(column("Min", m -> RunRow.sci(m.min()), 70));
        table.getColumns().add(column("Max", m -> RunRow.sci(m.max()), 70));
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(SeedGroupViewModel.MetricSummary m, boolean empty) {
                super.updateItem(m, empty);
                setTooltip(empty || m == null ? null : new Tooltip(m.metric().tooltip()));
            }
        });
        Runnable size = () -> {
            table.setPrefHeight(28 + 24 * Math.max(1, vm.summary().size()));
            table.setVisible(!vm.summary().isEmpty());
            table.setManaged(!vm.summary().isEmpty());
        };
        vm.summary().addListener((ListChangeListener<SeedGroupViewModel.MetricSummary>) c -> size.run());
        size.run();
        getChildren().addAll(head, table);
        Runnable shown = () -> {
            boolean any = vm.group() != null;
            setVisible(any);
            setManaged(any);
        };
        vm.statusProperty().addListener((o, a, b) -> shown.run());
        shown.run();
    }

    private static TableColumn<SeedGroupViewModel.MetricSummary, String> column(String title,
            java.util.function.Function<SeedGroupViewModel.MetricSummary, String> value, double width) {
        TableColumn<SeedGroupViewModel.MetricSummary, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
