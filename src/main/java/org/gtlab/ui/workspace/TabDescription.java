package org.gtlab.ui.workspace;

/**
 * What a workspace tab (the Dynamics tab of a document, a team Lab, every later lab) tells the
 * main window about itself when it is the active tab: the window title, the status-bar line and
 * the inspector's text. The shell asks the active tab's view model through this interface and
 * re-asks when {@link #descriptionVersion()} changes, so no lab needs to know the shell.
 */
public interface TabDescription {

    /** The window title's document part: "Lab — SAD (N = 4, …)". */
    String tabTitle();

    /** One status-bar line: "3 runs · 1 active · FXP: iteration 4 · main". */
    String statusLine();

    /** Inspector text, one fact a line: the game, the runs and the selected run's numbers. */
    String inspectorText();

    /** Increases whenever one of the texts may have changed (the workspace's chart version). */
    long descriptionVersion();

    /**
     * A tab's content node that describes itself through its view model: implement
     * {@link #description()}, the rest is delegated (the Dynamics view, the team document, a lab's
     * view).
     */
    interface Delegate extends TabDescription {

        /** The view model that knows the texts. */
        TabDescription description();

        @Override
        default String tabTitle() {
            return description().tabTitle();
        }

        @Override
        default String statusLine() {
            return description().statusLine();
        }

        @Override
        default String inspectorText() {
            return description().inspectorText();
        }

        @Override
        default long descriptionVersion() {
            return description().descriptionVersion();
        }
    }
}
