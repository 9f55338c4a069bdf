;;; check.el --- drive Emacs's eglot against the mtlint server, in batch mode  -*- lexical-binding: t -*-
;; Environment: MTLINT_SERVER (the server's main.js), MTLINT_FILE.  Prints one line per
;; diagnostic ("DIAG <type> <beg> <end> <text>", 0-based character positions), the titles
;; of the quick fixes at the first ". .", applies the first one and saves the file.
(require 'eglot)
(require 'flymake)
(add-to-list 'eglot-server-programs
             `((text-mode markdown-mode gfm-mode html-mode mhtml-mode)
               . ("node" ,(getenv "MTLINT_SERVER") "--stdio")))
(setq eglot-workspace-configuration '(:mtlint (:debounce 25)))
(find-file (getenv "MTLINT_FILE"))
(text-mode)
(eglot-ensure)
(run-hooks 'post-command-hook) ; eglot-ensure connects after the next command
(let ((deadline (+ (float-time) 30)))
  (while (and (< (float-time) deadline) (null (flymake-diagnostics)))
    (accept-process-output nil 0.05)))
(dolist (d (sort (flymake-diagnostics) (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b)))))
  (princ (format "DIAG %s %d %d %s\n" (flymake-diagnostic-type d)
                 (1- (flymake-diagnostic-beg d)) (1- (flymake-diagnostic-end d))
                 (flymake-diagnostic-text d))))
(goto-char (point-min))
(search-forward ". .")
(let* ((server (eglot--current-server-or-lose))
       (actions (jsonrpc-request server :textDocument/codeAction
                                 (list :textDocument (eglot--TextDocumentIdentifier)
                                       :range (list :start (eglot--pos-to-lsp-position (- (point) 3))
                                                    :end (eglot--pos-to-lsp-position (point)))
                                       :context (list :diagnostics [] :only ["quickfix"])))))
  (mapc (lambda (a) (princ (format "ACTION %s\n" (plist-get a :title)))) actions)
  (eglot--apply-workspace-edit (plist-get (aref actions 0) :edit))
  (save-buffer)
  (princ "SAVED\n")
  (eglot-shutdown server))
