"""digitlab: from raw pixels to a trained digit classifier, and what `nn.Linear`'s bias really does.

Each lesson is a notebook in `nbs/` and exports what it teaches to one module:

    01 pixels            digitlab.pixels            images as numbers: show_digits, the shaded pixel table
    02 similarity        digitlab.similarity        the mean digit and the distance to it: mean_digit, mnist_distance
    03 baseline          digitlab.baseline          every validation image at once: is_3, the baseline's accuracy
    04 sgd               digitlab.sgd               gradients and learning rates: apply_step, fitting a curve
    05 linear            digitlab.linear            a loss that can be learned: mnist_loss, linear1, batch_accuracy
    06 training          digitlab.training          the training loop: BasicOptim, train_epoch, fit
    07 bias              digitlab.bias              what the bias adds, and when it is redundant
    08 multiclass        digitlab.multiclass        all ten digits: softmax, cross_entropy, the confusion matrix
    09 bias_experiments  digitlab.bias_experiments  optional: the bias's claims as experiments over seeds

Each lesson's exercises are checked by `digitlab.checks.<module>` (`nbs/checks/`: open it after trying).

What the lessons stand on (`nbs/appendix/`): `digitlab.data` (MNIST, offline and verified) and
`digitlab.data_folders`, `digitlab.device` (default_device, resolve_device), `digitlab.exercises` (check and
its verdicts), `digitlab.gradcheck`, `digitlab.loader` (TensorLoader), `digitlab.explainers` (pictures with a
slider), `digitlab.experiments` (lesson 09's bookkeeping of runs over seeds), `digitlab.support` (what lessons
use but do not teach), `digitlab.files` (writing a file all at once), `digitlab.testing` (the course's test
helpers) and `digitlab.errors` (CourseError).

The teacher's and maintainer's tools (running, publishing, grading) are in `digitlab.course` (`nbs/course/`,
installed with the `course` extra); no lesson imports them.

Importing `digitlab` imports nothing else: import the module you need, `from digitlab.pixels import show_digits`.
"""
__version__ = "0.1.0"
